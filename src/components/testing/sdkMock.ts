/**
 * Test-only: the console SDK module as the plugin sees it, every export it uses a spy.
 * Use as `vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'))`;
 * fakeConsole.tsx gives the spies behaviour.
 */
import { vi } from 'vitest';

export const useK8sWatchResources = vi.fn();
export const useK8sWatchResource = vi.fn();
export const useK8sModel = vi.fn();
export const useAccessReview = vi.fn();
export const k8sPatch = vi.fn();
export const k8sGet = vi.fn();
export const ResourceLink = vi.fn();
export const k8sCreate = vi.fn();
export const k8sDelete = vi.fn();
export const consoleFetchText = vi.fn();
export const consoleFetchJSON = vi.fn();
