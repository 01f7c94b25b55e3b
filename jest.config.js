/**
 * `npm test` runs every unit and integration suite in one jest run; the H5
 * end-to-end journeys (e2e/) run after the H5 build, in their own run.
 * @type {import('jest').Config}
 */
module.exports = {
  // Global options (a project's own testTimeout is ignored when run as a project).
  testTimeout: 30_000,
  projects: ['<rootDir>/shared', '<rootDir>/mock', '<rootDir>/bff', '<rootDir>/miniapp'],
};
