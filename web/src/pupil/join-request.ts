import { joinPath } from '../paths';
import { opened } from './app-state';

/** The survey again, in a language (a retry, or a switch); the first request was boot.ts's. */
export const joinRequest = (lang: string) => fetch(joinPath(opened.code, lang));
