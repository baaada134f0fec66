// Marks the table-of-contents link of the section being read with aria-current="true". The
// style for it only changes colours, so marking moves nothing on the page.
const toc = document.querySelector<HTMLElement>('[data-toc]');
const links = [...(toc?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1)))).filter((target): target is HTMLElement => target !== null);

function markCurrent() {
  const line = window.innerHeight * 0.25;
  let current = targets[0];
  for (const target of targets) if (target.getBoundingClientRect().top <= line) current = target;
  for (const link of links) {
    if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

if (targets.length > 0) {
  const observer = new IntersectionObserver(markCurrent, { rootMargin: '0px 0px -75% 0px' });
  for (const target of targets) observer.observe(target);
  markCurrent();
}
