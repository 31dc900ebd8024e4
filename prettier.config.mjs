/** One format for the whole tree; `npm run lint` fails on anything Prettier would change. */
const config = {
  semi: false,
  singleQuote: true,
  printWidth: 120,
  trailingComma: 'all',
  plugins: ['prettier-plugin-tailwindcss'],
  tailwindStylesheet: './app/globals.css',
}

export default config
