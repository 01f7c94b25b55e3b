export function setRootClass(name: string, on: boolean): void {
  document.documentElement.classList.toggle(name, on);
}
