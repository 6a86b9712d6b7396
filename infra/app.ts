/**
 * CDK app entry (`cdk.json` runs it with tsx). Synthesizes one stage, chosen with
 * `--context stage=<name>`; account and region come from CDK_DEFAULT_ACCOUNT / CDK_DEFAULT_REGION when
 * the CLI provides them, otherwise the stacks stay environment-agnostic (synth needs no credentials).
 */
import { App } from 'aws-cdk-lib';
import { addAgendawatchStacks } from './agendawatch-stacks.js';

const app = new App();
const account = process.env['CDK_DEFAULT_ACCOUNT'];
const region = process.env['CDK_DEFAULT_REGION'];
addAgendawatchStacks(app, account && region ? { env: { account, region } } : {});
app.synth();
