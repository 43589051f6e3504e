// The Node.js peer: a minimal ask-sdk-core skill that answers a LaunchRequest and a routine-step
// (AMAZON.NextIntent) the way the Java skill does in shape (speech, reprompt, a card, session
// attributes and, for the step, an APL for Audio directive). One request envelope on stdin, the
// response envelope on stdout: the same contract as `java -jar back-relief-skill.jar invoke`.
'use strict';
const Alexa = require('ask-sdk-core');

const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder
    .speak('Hello. Back Relief Coach here. I share general information, not medical advice. What would you like?')
    .reprompt('What would you like?')
    .getResponse(),
};

const Next = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.NextIntent',
  handle: (h) => {
    const attrs = h.attributesManager.getSessionAttributes();
    const state = ((attrs.brc && attrs.brc.r) || 'QUICK|0|0|P|s|0|0').split('|');
    state[1] = String(Number(state[1]) + 1);
    attrs.brc = { v: 1, r: state.join('|'), s: 1 };
    h.attributesManager.setSessionAttributes(attrs);
    const cue = (text, offset) => ({ type: 'Sequencer', items: [{ type: 'Silence', duration: offset }, { type: 'Speech', contentType: 'SSML', content: `<speak>${text}</speak>` }] });
    return h.responseBuilder
      .speak('<prosody rate="90%">Stretch 2 of 3. Cat cow.</prosody>')
      .reprompt('Say next when you are ready.')
      .withSimpleCard('Stretch 2 of 3: Cat cow', 'Come onto your hands and knees.')
      .addDirective({
        type: 'Alexa.Presentation.APLA.RenderDocument',
        token: 'routine',
        document: { type: 'APLA', version: '0.91', mainTemplate: { item: { type: 'Mixer', items: [
          cue('Hold for 30 seconds.', 0), cue('20 seconds left.', 10000), cue('10 more.', 20000), cue('And release.', 30000)] } } },
      })
      .getResponse();
  },
};

const skill = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Next).create();
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const response = await skill.invoke(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  process.stdout.write(JSON.stringify(response) + '\n');
});
