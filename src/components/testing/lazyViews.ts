// The views components load with React.lazy. A test file that renders them (with the SDK mocked)
// imports them before its tests, so a test's findBy waits for React to render them, not for vitest
// to transform them on a loaded machine.
export const preloadLazyViews = async (): Promise<void> => {
  await Promise.all([
    import('../ToggleConfirmation'),
    import('../WorkspaceTables'),
    import('../Remedy'),
    import('../TablePagination'),
    import('../SmokeTest'),
    import('../SmokeTestConfirmation'),
    import('../SmokeTestResult'),
    import('../RemedyYamlCopy'),
    import('../GrantReadCopy'),
    import('../ReconcileSteps'),
  ]);
};
