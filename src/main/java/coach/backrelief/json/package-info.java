/** Writes the skill's response envelopes on jackson-core alone, byte for byte as the SDK's marshaller does. */
package coach.backrelief.json;
