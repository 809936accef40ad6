import { getContext, setContext } from 'svelte';

/**
 * Set by the embed page (/{lang}/embed/{scene}/) for the figure it shows: the figure's options row
 * (EmbedControl) then answers the parent page's messages instead of offering to embed itself.
 */
export interface EmbedHost {
	scene: string;
}

const hostKey = Symbol('embed-host');
export const provideEmbedHost = (host: EmbedHost) => setContext(hostKey, host);
export const embedHost = () => getContext<EmbedHost | undefined>(hostKey);
