/** A mini-program page has no document root: each page's root View carries the class instead. */
export function setRootClass(_name: string, _on: boolean): void {}
