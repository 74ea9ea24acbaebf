// Narrative sections: the Markdown subset they are written in and the citations of figures inside it.
export * from './markdown';
export * from './citation';
