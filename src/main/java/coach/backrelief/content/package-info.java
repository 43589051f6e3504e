/** Spoken content per locale: loading, locale fall-back, placeholder resolution and validation. */
package coach.backrelief.content;
