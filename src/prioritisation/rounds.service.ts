import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, Repository } from 'typeorm';
import { User } from '../accounts/entities/user.entity.js';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import { ContentChanges } from '../common/page-cache/content-changes.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { shortSlug } from '../common/text/slugify.js';
import { berlinLocalToUtc, utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { formatDateTime } from '../common/views/berlin-time.js';
import { ConceptService } from '../concept/concept.service.js';
import { Approach } from '../concept/entities/approach.entity.js';
import { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import type { ParticipantFormDto, RoundFormDto } from './dto/round-forms.dto.js';
import { PrioritisationRound } from './entities/prioritisation-round.entity.js';
import { Rating } from './entities/rating.entity.js';
import { RoundParticipant } from './entities/round-participant.entity.js';
import { type BodyKind, type Horizon, type Priority } from './rating-scales.js';
import { type ApproachResult, computeResults } from './results.js';
import {
  SCALE_FIELDS,
  berlinYear,
  sameScale,
  scaleFormValues,
  scaleFromForm,
} from './round-scale.js';

export class RoundNotFoundError extends DomainError {
  constructor() {
    super('round_not_found', 404, 'Diese Runde der Prioritätensetzung gibt es nicht.');
  }
}

export class RoundClosedError extends FormValidationError {
  constructor(message: string) {
    super({ form: message });
  }
}

const sameMinute = (left: Date, right: Date) => utcToBerlinLocal(left) === utcToBerlinLocal(right);
const approachIds = (approaches: Approach[]) =>
  approaches
    .map((approach) => approach.id)
    .sort((left, right) => left - right)
    .join();

/** Once a round has begun its approaches and start are fixed; once it has closed, its end too. */
function assertEditable(
  round: PrioritisationRound,
  changed: { opensAt: Date; closesAt: Date; approaches: Approach[] },
): void {
  const now = new Date();
  if (
    round.opensAt <= now &&
    (changed.opensAt !== round.opensAt ||
      approachIds(changed.approaches) !== approachIds(round.approaches))
  ) {
    throw new FormValidationError({
      approachIds:
        'Die Runde hat begonnen: Beginn und Handlungsansätze lassen sich nicht mehr ändern.',
    });
  }
  if (round.closesAt <= now && changed.closesAt !== round.closesAt) {
    throw new FormValidationError({
      closesAt: 'Die Runde ist beendet: ihr Ende lässt sich nicht mehr ändern.',
    });
  }
}

interface Tallied {
  results: ApproachResult[];
  participants: number;
}

export type RatingInput = Record<number, { priority: Priority | null; horizon: Horizon | null }>;

/** Rounds of the prioritisation: set-up and invitations, the delegates' ratings, the results. */
@Injectable()
export class RoundsService {
  constructor(
    @InjectRepository(PrioritisationRound) private readonly rounds: Repository<PrioritisationRound>,
    @InjectRepository(RoundParticipant) private readonly participants: Repository<RoundParticipant>,
    private readonly dataSource: DataSource,
    private readonly concept: ConceptService,
    private readonly mail: MailService,
    private readonly audit: AuditLogService,
    private readonly config: AppConfig,
    changes: ContentChanges,
  ) {
    this.closedRounds = changes.remember(() => Promise.resolve(new Map()));
    this.publishedRounds = changes.remember(() => this.published());
  }

  /** Titled results of closed rounds by id, until content changes; see compute(). */
  private readonly closedRounds: () => Promise<Map<number, Promise<Tallied>>>;
  /** Published and scheduled rounds, until content changes (the time is checked on each read). */
  private readonly publishedRounds: () => Promise<PrioritisationRound[]>;

  list(): Promise<PrioritisationRound[]> {
    return this.rounds.find({ order: { opensAt: 'DESC' } });
  }

  published(): Promise<PrioritisationRound[]> {
    return this.rounds.find({ where: { publishedAt: Not(IsNull()) }, order: { closesAt: 'DESC' } });
  }

  async find(idOrSlug: number | string): Promise<PrioritisationRound> {
    const round = await this.rounds.findOne({
      where: typeof idOrSlug === 'number' ? { id: idOrSlug } : { slug: idOrSlug },
      relations: { approaches: true },
    });
    if (!round) throw new RoundNotFoundError();
    return round;
  }

  formValues(round: PrioritisationRound) {
    return {
      ...round,
      opensAt: utcToBerlinLocal(round.opensAt),
      closesAt: utcToBerlinLocal(round.closesAt),
      approachIds: round.approaches.map((approach) => approach.id),
      ...scaleFormValues(round.scale),
    };
  }

  /** Whether any delegate has saved a rating in the round; from then on its scale is fixed. */
  async hasRatings(roundId: number): Promise<boolean> {
    return this.dataSource
      .getRepository(Rating)
      .exists({ where: { participant: { round: { id: roundId } } } });
  }

  /** Creates or updates a round; without a choice it covers all approaches. */
  async save(actor: SessionUser, form: RoundFormDto, id?: number): Promise<PrioritisationRound> {
    const opensAt = berlinLocalToUtc(form.opensAt);
    const closesAt = berlinLocalToUtc(form.closesAt);
    // The form checked the dates; a time that does not exist in Berlin (the hour skipped when the
    // clocks go forward) remains.
    if (!opensAt || !closesAt) {
      throw new FormValidationError({
        ...(opensAt ? {} : { opensAt: 'Diese Uhrzeit gibt es an diesem Tag nicht.' }),
        ...(closesAt ? {} : { closesAt: 'Diese Uhrzeit gibt es an diesem Tag nicht.' }),
      });
    }
    if (closesAt <= opensAt) {
      throw new FormValidationError({ closesAt: 'Das Ende muss nach dem Beginn liegen.' });
    }
    const approaches = form.approachIds.length
      ? await this.dataSource.getRepository(Approach).findBy({ id: In(form.approachIds) })
      : await this.dataSource.getRepository(Approach).find();
    const existing = id ? await this.find(id) : null;
    // A round with ratings shows its scale without inputs: nothing sent means unchanged.
    const scaleGiven = SCALE_FIELDS.some(
      (field) => (form as unknown as Record<string, unknown>)[field.name] !== undefined,
    );
    const scale =
      existing && !scaleGiven
        ? existing.scale
        : scaleFromForm(form as unknown as Record<string, unknown>, berlinYear(opensAt));
    if (existing && !sameScale(existing.scale, scale) && (await this.hasRatings(existing.id))) {
      throw new FormValidationError({
        scale:
          'Es liegen schon Bewertungen vor: Prioritäten und Zeithorizonte lassen sich nicht mehr ändern.',
      });
    }
    const values = {
      title: form.title,
      explanation: form.explanation,
      // The form shows minutes: an unchanged field keeps the stored instant.
      opensAt: existing && sameMinute(existing.opensAt, opensAt) ? existing.opensAt : opensAt,
      closesAt: existing && sameMinute(existing.closesAt, closesAt) ? existing.closesAt : closesAt,
      approaches,
      scale,
    };
    if (existing) assertEditable(existing, values);
    const round = existing
      ? Object.assign(existing, values)
      : this.rounds.create({ ...values, slug: await this.uniqueSlug(form.title) });
    const saved = await this.rounds.save(round);
    await this.audit.record(actor, {
      action: id ? 'round.updated' : 'round.created',
      summary: id
        ? 'Runde der Prioritätensetzung geändert'
        : 'Runde der Prioritätensetzung angelegt',
      subjectType: 'prioritisation_round',
      subjectId: String(saved.id),
      subjectLabel: saved.title,
    });
    return saved;
  }

  listParticipants(roundId: number): Promise<RoundParticipant[]> {
    return this.participants.find({
      where: { round: { id: roundId } },
      relations: { user: true },
      order: { id: 'ASC' },
    });
  }

  /** Users with the delegate role, for the participants form. */
  delegates(): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where(`'delegate' = ANY(user.roles)`)
      .orderBy('user.display_name')
      .getMany();
  }

  async addParticipant(
    actor: SessionUser,
    roundId: number,
    form: ParticipantFormDto,
  ): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: form.userId });
    if (!user?.roles.includes('delegate')) {
      throw new FormValidationError({
        userId: 'Bitte wählen Sie ein Konto mit der Rolle „Delegierte/r“.',
      });
    }
    if (await this.participants.existsBy({ round: { id: roundId }, user: { id: user.id } })) {
      throw new FormValidationError({ userId: 'Dieses Konto nimmt an der Runde bereits teil.' });
    }
    await this.participants.insert({
      round: { id: roundId },
      user: { id: user.id },
      body: form.body,
      bodyKind: form.bodyKind,
    });
    await this.audit.record(actor, {
      action: 'round.participant_added',
      summary: `Teilnahme: ${user.displayName} (${form.body})`,
      subjectType: 'prioritisation_round',
      subjectId: String(roundId),
    });
  }

  /** Mails everyone not yet invited; returns how many. */
  async invite(roundId: number): Promise<number> {
    const round = await this.find(roundId);
    return this.dataSource.transaction(async (manager) => {
      const pending = await manager.find(RoundParticipant, {
        where: { round: { id: roundId }, invitedAt: IsNull() },
        relations: { user: true },
      });
      for (const participant of pending) {
        if (!participant.user) continue;
        await this.mail.send(
          {
            to: participant.user.email,
            template: 'round-invitation',
            subject: `Einladung zur Prioritätensetzung: ${round.title}`,
            reason: `Sie erhalten diese E-Mail, weil Sie für „${participant.body}“ an der Prioritätensetzung teilnehmen.`,
            data: {
              displayName: participant.user.displayName,
              roundTitle: round.title,
              body: participant.body,
              opensAt: formatDateTime(round.opensAt),
              closesAt: formatDateTime(round.closesAt),
              rateUrl: `${this.config.publicBaseUrl}/prioritaeten/bewerten/${round.slug}`,
            },
          },
          manager,
        );
        await manager.update(RoundParticipant, { id: participant.id }, { invitedAt: new Date() });
      }
      return pending.length;
    });
  }

  async publish(actor: SessionUser, roundId: number): Promise<void> {
    const round = await this.find(roundId);
    if (round.closesAt > new Date()) {
      throw new DomainError(
        'round_open',
        409,
        'Die Ergebnisse können erst nach dem Ende der Runde veröffentlicht werden.',
      );
    }
    await this.rounds.update({ id: roundId }, { publishedAt: new Date() });
    await this.audit.record(actor, {
      action: 'round.published',
      summary: 'Ergebnisse der Prioritätensetzung veröffentlicht',
      subjectType: 'prioritisation_round',
      subjectId: String(roundId),
      subjectLabel: round.title,
    });
  }

  /** The rounds the delegate takes part in, newest first. */
  myRounds(userId: string) {
    return this.participants.find({
      where: { user: { id: userId } },
      relations: { round: true },
      order: { round: { closesAt: 'DESC' } },
    });
  }

  /** The delegate's form: approaches by field, with measures, and what was saved so far. */
  async ratingSheet(slug: string, userId: string) {
    const round = await this.find(slug);
    const participant = await this.participantOf(round, userId);
    const [structure, ratings] = await Promise.all([
      this.concept.findStructure({ includeRetired: true }),
      this.dataSource.getRepository(Rating).findBy({ participantId: participant.id }),
    ]);
    const covered = new Set(round.approaches.map((approach) => approach.id));
    const saved = new Map(ratings.map((rating) => [rating.approachId, rating]));
    const measures = await this.concept.measuresByApproach([...covered]);
    const fields = structure
      .map((field) => ({
        slug: field.slug,
        title: field.title,
        approaches: field.goals
          .flatMap((goal) => goal.subGoals.flatMap((sub) => sub.approaches))
          .filter((approach) => covered.has(approach.id))
          .map((approach) => ({
            id: approach.id,
            slug: approach.slug,
            title: approach.title,
            url: `/kek/${field.slug}/${approach.slug}`,
            measures: measures.get(approach.id) ?? [],
            priority: saved.get(approach.id)?.priority ?? null,
            horizon: saved.get(approach.id)?.horizon ?? null,
          })),
      }))
      .filter((field) => field.approaches.length > 0);
    const total = covered.size;
    const done = ratings.filter(
      (rating) => covered.has(rating.approachId) && rating.priority,
    ).length;
    return { round, participant, fields, progress: { done, total } };
  }

  /**
   * Saves the delegate's ratings as they go; with `complete` it then checks that every approach has
   * a priority ("keine Angabe" counts), the step before the final submission.
   */
  async saveRatings(
    slug: string,
    userId: string,
    input: RatingInput,
    options: { complete: boolean },
  ): Promise<void> {
    const { round, participant } = await this.openSheet(slug, userId);
    const covered = new Set(round.approaches.map((approach) => approach.id));
    await this.dataSource.transaction(async (manager) => {
      for (const [key, value] of Object.entries(input)) {
        const approachId = Number(key);
        if (!covered.has(approachId)) continue;
        await manager.upsert(Rating, { participantId: participant.id, approachId, ...value }, [
          'participantId',
          'approachId',
        ]);
      }
    });
    if (options.complete) await this.assertComplete(round, participant);
  }

  /** Makes the delegate's saved ratings final; nothing changes after this or after the close. */
  async submit(slug: string, userId: string): Promise<void> {
    const { round, participant } = await this.openSheet(slug, userId);
    await this.assertComplete(round, participant);
    await this.participants.update(
      { id: participant.id, submittedAt: IsNull() },
      { submittedAt: new Date() },
    );
  }

  /** The round and the delegate's participation, while the delegate may still change ratings. */
  private async openSheet(slug: string, userId: string) {
    const round = await this.find(slug);
    const now = new Date();
    if (round.opensAt > now)
      throw new RoundClosedError(`Die Bewertung beginnt am ${formatDateTime(round.opensAt)}.`);
    if (round.closesAt <= now) {
      throw new RoundClosedError(
        `Die Runde ist am ${formatDateTime(round.closesAt)} zu Ende gegangen; Bewertungen sind nicht mehr möglich.`,
      );
    }
    const participant = await this.participantOf(round, userId);
    if (participant.submittedAt) {
      throw new RoundClosedError(
        'Sie haben Ihre Bewertung bereits abgeschickt; sie lässt sich nicht mehr ändern.',
      );
    }
    return { round, participant };
  }

  private async assertComplete(
    round: PrioritisationRound,
    participant: RoundParticipant,
  ): Promise<void> {
    const rated = new Set(
      (
        await this.dataSource
          .getRepository(Rating)
          .findBy({ participantId: participant.id, priority: Not(IsNull()) })
      ).map((rating) => rating.approachId),
    );
    const missing = round.approaches
      .filter((approach) => !rated.has(approach.id))
      .sort((left, right) => left.id - right.id);
    if (missing.length) {
      throw new FormValidationError(
        Object.fromEntries(
          missing.map((approach) => [
            `prioritaet-${approach.id}`,
            `Priorität fehlt: „${approach.title}“`,
          ]),
        ),
      );
    }
  }

  /** Results of a published round, from submitted ratings only. */
  async results(
    slug: string,
  ): Promise<{ round: PrioritisationRound; results: ApproachResult[]; participants: number }> {
    const round = await this.find(slug);
    if (!round.publishedAt) throw new RoundNotFoundError();
    return { round, ...(await this.compute(round)) };
  }

  /** The approach's place in the latest published round, for its page. */
  async latestResultFor(approachId: number) {
    const now = new Date();
    const round = (await this.publishedRounds()).find(
      (candidate) => candidate.publishedAt && candidate.publishedAt <= now,
    );
    if (!round) return null;
    const { results } = await this.compute(round);
    const result = results.find((entry) => entry.id === approachId);
    return result
      ? { round, result, total: results.filter((entry) => entry.rank !== null).length }
      : null;
  }

  /**
   * The results with the approaches' current titles. Once a round has closed its ratings and
   * approaches rarely change, so its titled results are kept until the next content change and
   * shared by every request: read them, never change them.
   */
  private async compute(round: PrioritisationRound): Promise<Tallied> {
    if (round.closesAt > new Date()) return this.titled(this.count(round.id));
    const closedRounds = await this.closedRounds();
    let kept = closedRounds.get(round.id);
    if (!kept) {
      kept = this.titled(this.count(round.id));
      closedRounds.set(round.id, kept);
      kept.catch(() => closedRounds.delete(round.id));
    }
    return kept;
  }

  private async titled(figures: Promise<Tallied>): Promise<Tallied> {
    const [{ results, participants }, links] = await Promise.all([
      figures,
      this.concept.listApproaches({ includeRetired: true }),
    ]);
    const current = new Map(links.map((link) => [link.id, link]));
    return {
      results: results.map((result) => ({ ...result, ...current.get(result.id) })),
      participants,
    };
  }

  /** Counts in the database (one row per combination), ranks in memory. */
  private async count(roundId: number): Promise<Tallied> {
    const [round, links, rows, participants] = await Promise.all([
      this.find(roundId),
      this.concept.listApproaches({ includeRetired: true }),
      this.dataSource.query<
        {
          approach_id: number;
          body_kind: BodyKind;
          priority: Priority | null;
          horizon: Horizon | null;
          count: number;
        }[]
      >(
        `SELECT r.approach_id, p.body_kind, r.priority, r.horizon, count(*)::int AS count FROM rating r
         JOIN round_participant p ON p.id = r.participant_id
         WHERE p.round_id = $1 AND p.submitted_at IS NOT NULL
         GROUP BY r.approach_id, p.body_kind, r.priority, r.horizon`,
        [roundId],
      ),
      this.participants.count({
        where: { round: { id: roundId }, submittedAt: Not(IsNull()) },
      }),
    ]);
    const covered = new Set(round.approaches.map((approach) => approach.id));
    const ratings = rows.flatMap((row) =>
      Array.from({ length: row.count }, () => ({
        approachId: row.approach_id,
        bodyKind: row.body_kind,
        priority: row.priority,
        horizon: row.horizon,
      })),
    );
    return {
      results: computeResults(
        links.filter((link) => covered.has(link.id)),
        ratings,
      ),
      participants,
    };
  }

  private async participantOf(
    round: PrioritisationRound,
    userId: string,
  ): Promise<RoundParticipant> {
    const participant = await this.participants.findOne({
      where: { round: { id: round.id }, user: { id: userId } },
    });
    if (!participant)
      throw new DomainError('not_participant', 403, 'Sie nehmen an dieser Runde nicht teil.');
    return participant;
  }

  private async uniqueSlug(title: string): Promise<string> {
    const base = shortSlug(title) || 'runde';
    let slug = base;
    for (let suffix = 2; await this.rounds.existsBy({ slug }); suffix += 1)
      slug = `${base}-${suffix}`;
    return slug;
  }
}
