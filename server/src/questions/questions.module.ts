import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  QuestionEntity,
  QuestionProposalEntity,
  QuestionVersionEntity,
  ScriptEntity,
  ScriptSnapshotEntity,
  ScriptVersionEntity,
} from './question.entity.js';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { BuiltInContentService } from './built-in-content.service.js';
import { ProposalsService } from './proposals.service.js';
import { QuestionsController, ScriptsController } from './questions.controller.js';
import { QuestionsService } from './questions.service.js';
import { ScriptsService } from './scripts.service.js';
import { VersionedContentStore } from './versioned-content.store.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      QuestionEntity,
      QuestionVersionEntity,
      ScriptEntity,
      ScriptVersionEntity,
      ScriptSnapshotEntity,
      QuestionProposalEntity,
    ]),
    CohortsModule,
  ],
  controllers: [QuestionsController, ScriptsController],
  providers: [VersionedContentStore, QuestionsService, ScriptsService, ProposalsService, BuiltInContentService],
  exports: [ScriptsService],
})
export class QuestionsModule {}
