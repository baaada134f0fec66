// Types of `import.meta.env` and of Astro modules, so the type check passes on a fresh clone before
// `astro sync` has written .astro/types.d.ts.
/// <reference types="astro/client" />
