/** Catalogs compiled at build time by vite-plugins/compiledCatalogs.ts. */
declare module '*.json?messages' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}

/** The English messages the first screen needs: all but the parts below. */
declare module '*.json?messages=first-screen' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}

/** The embed builder's English messages (`embed.builder.*`), loaded with it. */
declare module '*.json?messages=embed' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}

/** The About panel's English text (`about.panel.*`), loaded with it. */
declare module '*.json?messages=about' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}

/** The error panel's English text (`errorPanel.*`), loaded with it. */
declare module '*.json?messages=error-panel' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}
