import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 320, height: 640 } })
await page.goto('http://127.0.0.1:3411/ht/check/host-country')
console.log(await page.evaluate(() => [...document.querySelectorAll('header nav li')].map(li => Math.round(li.getBoundingClientRect().width))))
console.log(await page.evaluate(() => [...document.querySelectorAll('main > *')].map(e => e.tagName + ' ' + Math.round(e.getBoundingClientRect().top) + '+' + Math.round(e.getBoundingClientRect().height))))
console.log(await page.evaluate(() => { const b=document.querySelector('header [data-testid=quick-exit]').getBoundingClientRect(); return [b.width,b.height] }))
await browser.close()
