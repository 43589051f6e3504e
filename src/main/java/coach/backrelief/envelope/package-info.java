/** The one gate every incoming request envelope passes before the SDK sees it (Lambda, invoke, serve). */
package coach.backrelief.envelope;
