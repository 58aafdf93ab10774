// The reference's page of known bugs by version lives at `#/ref/known-bugs`: a route the reference
// reads before it looks the id up as an entry (no entry has this id: entry ids name signals).
export const KNOWN_BUGS_ID = 'known-bugs';
export const KNOWN_BUGS_ROUTE = `#/ref/${KNOWN_BUGS_ID}`;
