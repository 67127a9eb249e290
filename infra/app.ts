#!/usr/bin/env -S npx tsx
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig } from './config';
import { WinnowStack } from './stacks/WinnowStack';

const app = new App();
const config = loadConfig(app.node.tryGetContext('env'), { alarmEmail: app.node.tryGetContext('alarmEmail') });
new WinnowStack(app, `Winnow-${config.envName}`, { config, description: `Winnow ingestion pipeline (${config.envName})` });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
