// The look of every figure and of its shell, loaded with any page that shows one (Scene.svelte, the index
// of the figures): a prerendered frame is styled at once.
import '$lib/figure/figure.css';
import '$lib/player/player.css';
import './story.css';

import.meta.glob('./*/figure.css', { eager: true });
