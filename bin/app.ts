/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy`). Settings come from context:
 * `-c senderEmail=... -c recipients=a@x.org,b@y.org`; see "Deploying to AWS" in README.md.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { NewsDigestStack } from '../lib/news-digest-stack';

const app = new App();
new NewsDigestStack(app, 'NewsDigest', {
  description: 'news-digest: articles in, events and stories extracted, a daily brief mailed out',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
