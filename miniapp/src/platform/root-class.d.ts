/** Adds or removes a class on the document root where there is one (H5); a no-op in the mini-program. */
export declare function setRootClass(name: string, on: boolean): void;
