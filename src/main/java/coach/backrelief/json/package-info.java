/**
 * JSON on jackson-core's streaming API alone, no databind on the request path: the envelope as plain values
 * ({@code JsonTree}), the fast reader into the ASK model ({@code EnvelopeReader}) and the response writer
 * ({@code ResponseWriter}), byte for byte as the SDK's marshaller; anything they do not cover goes to the SDK.
 */
package coach.backrelief.json;
