import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { downloadHeaders } from './document-download.js';
import { DocumentsService } from './documents.service.js';

@Controller('dokumente')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':id/:fileName')
  async download(
    @Param('id') id: string,
    @Param('fileName') fileName: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { document, content } = await this.documents.openDownload(id, fileName, request.user);
    response.set(downloadHeaders(document));
    try {
      await pipeline(content, response);
    } catch (error) {
      // The visitor went away mid-download: nothing to answer, nothing to log.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
    }
  }
}
