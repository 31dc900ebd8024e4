/** Where "Quick exit" sends people after deleting their answers ($QUICK_EXIT_URL, a neutral site by default). */
export function quickExitUrl(): string {
  return process.env.QUICK_EXIT_URL ?? 'https://www.google.com/'
}
