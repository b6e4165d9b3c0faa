import { Global, Module } from '@nestjs/common';
import { ContentChanges } from './content-changes.js';
import { PageCache } from './page-cache.service.js';

@Global()
@Module({ providers: [ContentChanges, PageCache], exports: [ContentChanges, PageCache] })
export class PageCacheModule {}
