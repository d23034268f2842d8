// The contexts that hand the services to elements (provided once by the shell). A service object
// never changes; elements subscribe to the part of its state they show (ui/common/watch.ts).
import { createContext } from '@lit/context';
import type { DocumentService } from './document.js';
import type { LibraryService } from './library.js';
import type { MemoryService } from './memory.js';
import type { NoticeService } from './notices.js';
import type { QaService } from './qa.js';
import type { ReviewService } from './review.js';
import type { SessionService } from './session.js';
import type { TermsService } from './terms.js';
import type { TeamService } from './team.js';

export const noticesContext = createContext<NoticeService>(Symbol('bt-notices'));
export const sessionContext = createContext<SessionService>(Symbol('bt-session'));
export const libraryContext = createContext<LibraryService>(Symbol('bt-library'));
export const documentContext = createContext<DocumentService>(Symbol('bt-document'));
export const reviewContext = createContext<ReviewService>(Symbol('bt-review'));
export const qaContext = createContext<QaService>(Symbol('bt-qa'));

export const termsContext = createContext<TermsService>(Symbol('bt-terms'));
export const memoryContext = createContext<MemoryService>(Symbol('bt-memory'));
export const teamContext = createContext<TeamService>(Symbol('bt-team'));
