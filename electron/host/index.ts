export { startHost, contentSecurityPolicy, type HostOptions, type RunningHost } from './server';
