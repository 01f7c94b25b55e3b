/**
 * The H5 progress page of a case, for texts to people who may have no WeChat
 * (an agent's case): the page is public, takes the number from the link and
 * asks for the last four digits of the applicant's phone (GET /progress).
 * The H5 app uses a hash router, so the route follows `#`.
 */
export function progressLink(publicH5Url: string, number: string): string {
  return `${publicH5Url.replace(/\/+$/, '')}/#/pages/progress/index?number=${encodeURIComponent(number)}`;
}
