import { ThemeCheckboxes } from '../../components/ThemeCheckboxes';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../generated';
import type {
  MaturityLevel,
  PublicTestimonialsQuery,
  SizeBand,
  TestimonialFormat,
} from '../../../generated/graphql';
import { useQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DepartementTileMap } from '../../components/DepartementTileMap';
import { Loading } from '../../components/Loading';
import { RegionDepartementSelects } from '../../components/RegionDepartementSelects';
import { PageHeading } from '../../components/PageHeading';
import { themeLabels } from '../../labels/connecteurs';
import { DEPARTEMENTS, departementName } from '../../labels/geography';
import {
  maturityLevelLabels,
  nafSectionLabels,
  sizeBandLabels,
  testimonialFormatLabels,
} from '../../labels/marketplace';
import { AFTER_PARAM, ForwardPaging } from './ForwardPaging';
import {
  readTestimonialSearch,
  toTestimonialFilter,
  writeTestimonialSearch,
  type TestimonialSearch,
} from './testimonial-search-params';

export const TESTIMONIALS_PAGE_SIZE = 12;

const PublicTestimonialsQuery = graphql(`
  query PublicTestimonials($filter: TestimonialFilter, $first: Int, $after: String) {
    testimonials(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          companyName
          title
          story
          format
          mediaUrl
          durationSeconds
          themes
          nafSection
          sizeBand
          departementCode
          maturityLevel
          award
          connecteur {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PublicTestimonialMapQuery = graphql(`
  query PublicTestimonialMap($filter: TestimonialFilter) {
    testimonialMap(filter: $filter) {
      departementCode
      count
    }
  }
`);

/** `/temoignages`: published success stories, filtered by profile, with their map by département. */
export function TestimonialsPage() {
  const [params, setParams] = useSearchParams();
  const search = readTestimonialSearch(params);
  const after = params.get(AFTER_PARAM) ?? undefined;
  const filter = toTestimonialFilter(search);
  const list = useQuery(PublicTestimonialsQuery, { filter, first: TESTIMONIALS_PAGE_SIZE, after });
  // The map keeps every département of the other filters, so the chosen one stands out among them.
  const map = useQuery(PublicTestimonialMapQuery, {
    filter: toTestimonialFilter({ ...search, departementCode: '' }),
  });

  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  useEffect(() => {
    if (!list.loading && focusResults.current) {
      focusResults.current = false;
      resultsHeading.current?.focus();
    }
  }, [list.loading]);

  const selectDepartement = (departementCode: string | undefined) => {
    const regionOfDepartement = DEPARTEMENTS.find((d) => d.code === departementCode)?.regionCode;
    setParams(
      writeTestimonialSearch({
        ...search,
        departementCode: departementCode ?? '',
        // A région that does not hold the département would leave nothing to show.
        regionCode:
          search.regionCode && regionOfDepartement && regionOfDepartement !== search.regionCode
            ? ''
            : search.regionCode,
      }),
    );
  };

  const counts = map.data?.testimonialMap ?? [];
  const edges = list.data?.testimonials.edges ?? [];
  return (
    <>
      <PageHeading title="Témoignages d’entreprises" />
      <p>
        Des entreprises racontent comment le numérique les a fait grandir : retrouvez celles qui vous
        ressemblent, par secteur, taille, territoire ou niveau de maturité.
      </p>
      <TestimonialSearchForm
        key={writeTestimonialSearch(search).toString()}
        initial={search}
        onSearchRequested={() => (focusResults.current = true)}
      />

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <section className="fr-col-12 fr-col-lg-5" aria-labelledby="testimonial-map-title">
          <h2 id="testimonial-map-title" className="fr-h4">
            Carte des témoignages par département
          </h2>
          {map.error && <ApiErrorAlert error={map.error} />}
          {map.loading && !map.data && <Loading label="Chargement de la carte…" />}
          {map.data && (
            <>
              <DepartementTileMap
                counts={counts}
                selected={search.departementCode || undefined}
                onSelect={selectDepartement}
                noun="témoignage"
                label="Carte de France des témoignages publiés, un carré par département"
              />
              <Accordion label="Voir ces chiffres sous forme de tableau" className="fr-mt-2w">
                <MapTable counts={counts} onSelect={selectDepartement} />
              </Accordion>
            </>
          )}
        </section>

        <section className="fr-col-12 fr-col-lg-7" aria-labelledby="testimonial-results-title">
          <h2 id="testimonial-results-title" ref={resultsHeading} tabIndex={-1} className="fr-h4">
            {search.departementCode
              ? `Témoignages — ${departementName(search.departementCode)} (${search.departementCode})`
              : 'Témoignages'}
          </h2>
          {search.departementCode && (
            <Button
              priority="tertiary"
              size="small"
              iconId="fr-icon-close-line"
              onClick={() => selectDepartement(undefined)}
              className="fr-mb-2w"
            >
              Revenir à toute la France
            </Button>
          )}
          {list.error && <ApiErrorAlert error={list.error} />}
          {list.loading && <Loading label="Recherche en cours…" />}
          {!list.loading && list.data && (
            <p role="status">
              {edges.length === 0
                ? 'Aucun témoignage ne correspond à ces critères.'
                : `${edges.length} témoignage${edges.length > 1 ? 's' : ''} sur cette page.`}
            </p>
          )}
          <ul className="fr-raw-list">
            {edges.map(({ node }) => (
              <li key={node.id}>
                <TestimonialItem testimonial={node} />
              </li>
            ))}
          </ul>
          {list.data && (
            <ForwardPaging
              label="Pagination des témoignages"
              endCursor={
                list.data.testimonials.pageInfo.hasNextPage ? list.data.testimonials.pageInfo.endCursor : null
              }
              onPageRequested={() => (focusResults.current = true)}
            />
          )}
        </section>
      </div>
    </>
  );
}

/** The map's text alternative: the same counts, each département a way to filter the list. */
function MapTable({
  counts,
  onSelect,
}: {
  counts: readonly { departementCode: string; count: number }[];
  onSelect: (departementCode: string) => void;
}) {
  if (counts.length === 0) return <p>Aucun témoignage publié pour ces critères.</p>;
  const rows = [...counts].sort((a, b) => a.departementCode.localeCompare(b.departementCode));
  return (
    <div className="fr-table fr-table--no-caption fr-mb-0">
      <table>
        <caption>Témoignages publiés par département</caption>
        <thead>
          <tr>
            <th scope="col">Département</th>
            <th scope="col">Témoignages</th>
            <th scope="col">
              <span className="fr-sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.departementCode}>
              <th scope="row">
                {row.departementCode} – {departementName(row.departementCode)}
              </th>
              <td>{row.count}</td>
              <td>
                <Button
                  priority="tertiary no outline"
                  size="small"
                  onClick={() => onSelect(row.departementCode)}
                  title={`Afficher les témoignages de ${departementName(row.departementCode)}`}
                >
                  Afficher
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type TestimonialNode = PublicTestimonialsQuery['testimonials']['edges'][number]['node'];

function TestimonialItem({ testimonial }: { testimonial: TestimonialNode }) {
  return (
    <article className="fr-p-3w fr-mb-3w" style={{ border: '1px solid var(--border-default-grey)' }}>
      <h3 className="fr-h5 fr-mb-1w">{testimonial.title}</h3>
      <p className="fr-mb-1w">
        <Badge as="span" small severity="new" className="fr-mr-1w">
          {testimonialFormatLabels[testimonial.format]}
        </Badge>
        {testimonial.award && (
          <Badge as="span" small severity="success">
            {`Lauréat : ${testimonial.award}`}
          </Badge>
        )}
      </p>
      <p className="fr-text--sm fr-mb-1w">
        <strong>{testimonial.companyName}</strong> — {departementName(testimonial.departementCode)} (
        {testimonial.departementCode}) · {nafSectionLabels[testimonial.nafSection] ?? testimonial.nafSection}{' '}
        · {sizeBandLabels[testimonial.sizeBand]} · maturité{' '}
        {maturityLevelLabels[testimonial.maturityLevel].toLowerCase()}
      </p>
      <p className="fr-mb-1w">{testimonial.story}</p>
      {testimonial.mediaUrl && (
        <p className="fr-mb-1w">
          <a
            href={testimonial.mediaUrl}
            target="_blank"
            rel="noopener noreferrer"
            title={`${testimonialFormatLabels[testimonial.format]} : ${testimonial.title} — nouvelle fenêtre`}
          >
            {testimonial.format === 'VIDEO'
              ? 'Voir la vidéo'
              : testimonial.format === 'AUDIO'
                ? 'Écouter'
                : 'Lire'}
            {testimonial.durationSeconds ? ` (${testimonial.durationSeconds} s)` : ''}
          </a>
        </p>
      )}
      <p className="fr-text--xs fr-mb-0">
        {testimonial.themes.map((theme) => themeLabels[theme]).join(' · ')}
        {testimonial.connecteur && ` — accompagnée par ${testimonial.connecteur.displayName}`}
      </p>
    </article>
  );
}

function TestimonialSearchForm({
  initial,
  onSearchRequested,
}: {
  initial: TestimonialSearch;
  onSearchRequested: () => void;
}) {
  const [, setParams] = useSearchParams();
  const [search, setSearch] = useState(initial);
  const change = (patch: Partial<TestimonialSearch>) => setSearch((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearchRequested();
    setParams(writeTestimonialSearch(search));
  };

  return (
    <form onSubmit={submit} aria-label="Critères de recherche des témoignages">
      <div className="fr-grid-row fr-grid-row--gutters">
        <RegionDepartementSelects
          value={{ regionCode: search.regionCode, departementCode: search.departementCode }}
          onChange={change}
        />
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Secteur d’activité"
            nativeSelectProps={{
              value: search.nafSection,
              onChange: (event) => change({ nafSection: event.target.value }),
            }}
          >
            <option value="">Tous les secteurs</option>
            {Object.entries(nafSectionLabels).map(([section, label]) => (
              <option key={section} value={section}>
                {section} – {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Taille de l’entreprise"
            nativeSelectProps={{
              value: search.sizeBand,
              onChange: (event) => change({ sizeBand: event.target.value as SizeBand | '' }),
            }}
          >
            <option value="">Toutes les tailles</option>
            {Object.entries(sizeBandLabels).map(([band, label]) => (
              <option key={band} value={band}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Niveau de maturité numérique"
            nativeSelectProps={{
              value: search.maturityLevel,
              onChange: (event) => change({ maturityLevel: event.target.value as MaturityLevel | '' }),
            }}
          >
            <option value="">Tous les niveaux</option>
            {Object.entries(maturityLevelLabels).map(([level, label]) => (
              <option key={level} value={level}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Select
            label="Format"
            nativeSelectProps={{
              value: search.format,
              onChange: (event) => change({ format: event.target.value as TestimonialFormat | '' }),
            }}
          >
            <option value="">Tous les formats</option>
            {Object.entries(testimonialFormatLabels).map(([format, label]) => (
              <option key={format} value={format}>
                {label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ThemeCheckboxes value={search.themes} onChange={(themes) => change({ themes })} />
      <ToggleSwitch
        label="Seulement les entreprises primées"
        checked={search.awardedOnly}
        onChange={(awardedOnly) => change({ awardedOnly })}
        showCheckedHint={false}
      />
      <Button type="submit" iconId="fr-icon-search-line" className="fr-mt-2w">
        Rechercher
      </Button>
    </form>
  );
}
