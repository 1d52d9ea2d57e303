// Template types for the elements, generated from custom-elements.json: no declarations of our own.
import type {} from 'victim-care-elements/vue';
