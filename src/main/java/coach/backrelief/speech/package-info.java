/** Turning what the domain decided into SSML, APL for Audio, APL and card text. */
package coach.backrelief.speech;
