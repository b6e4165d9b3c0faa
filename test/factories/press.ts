import { DataSource } from 'typeorm';
import type { User } from '../../src/accounts/entities/user.entity.js';
import { Article, type ArticleStatus } from '../../src/press/entities/article.entity.js';
import { Clipping } from '../../src/press/entities/clipping.entity.js';
import { Slide } from '../../src/pages/entities/slide.entity.js';
import type { TestApp } from '../support/test-app.js';

let counter = 0;

export async function createArticle(
  test: TestApp,
  values: {
    status?: ArticleStatus;
    publishAt?: Date | null;
    title?: string;
    teaser?: string;
    body?: string;
    author?: User;
    submittedBy?: User;
  } = {},
): Promise<Article> {
  counter += 1;
  const repository = test.app.get(DataSource).getRepository(Article);
  return repository.save(
    repository.create({
      slug: `test-artikel-${counter}-${Date.now()}`,
      title: values.title ?? `Testartikel ${counter}`,
      teaser: values.teaser ?? 'Ein kurzer Vorspann für den Test.',
      body: values.body ?? 'Der Text des Artikels.',
      status: values.status ?? 'draft',
      publishAt: values.publishAt ?? null,
      author: values.author ?? null,
      submittedBy: values.submittedBy ?? null,
      submittedAt: values.submittedBy ? new Date() : null,
    }),
  );
}

export function firstClipping(test: TestApp): Promise<Clipping> {
  return test.app
    .get(DataSource)
    .getRepository(Clipping)
    .findOneOrFail({ where: {}, order: { id: 'ASC' } });
}

export async function createSlide(test: TestApp): Promise<Slide> {
  const repository = test.app.get(DataSource).getRepository(Slide);
  return repository.save(
    repository.create({ title: 'Test-Teaser', caption: 'Ein Teaser', position: 0, active: true }),
  );
}
