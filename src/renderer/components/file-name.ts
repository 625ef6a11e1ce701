/** The last part of a path: the parent knows a file by its name, not by its folder. */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;
