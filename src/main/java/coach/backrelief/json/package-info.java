/** JSON with jackson-core's streaming API only: the envelope as plain values, and the fast reader into the ASK model. */
package coach.backrelief.json;
