import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { OrganisationOverview, ReviewDue } from '../../../shared/api/checks'
import { formatDate } from '../../components/format'
import { activityFieldPath } from './links'

/** How far off the review is, in words and colour (plain text: a badge would cut "Overdue by 540 days" short). */
function DueText({ review }: { review: ReviewDue }) {
  const { t } = useTranslation()
  const [colour, text] =
    review.daysLeft < 0
      ? ['red.7', t('dashboard.reviews.overdue', { count: -review.daysLeft })]
      : review.daysLeft === 0
        ? ['orange.7', t('dashboard.reviews.today')]
        : ['yellow.8', t('dashboard.reviews.inDays', { count: review.daysLeft })]
  return (
    <Text size="xs" fw={600} c={colour}>
      {text}
    </Text>
  )
}

/** Reviews overdue or due soon, soonest first; each opens the activity at its review date. */
export function ReviewsCard({ overview }: { overview: OrganisationOverview }) {
  const { t } = useTranslation()
  const days = overview.withinDays
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="reviews-title">
      <Stack gap="xs">
        <div>
          <Title order={3} size="h4" id="reviews-title">
            {t('dashboard.reviews.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.reviews.intro', { days })}
          </Text>
        </div>
        {overview.reviews.length === 0 ? (
          <Text c="dimmed">{t('dashboard.reviews.none', { days })}</Text>
        ) : (
          <Table verticalSpacing={6} fz="sm" aria-label={t('dashboard.reviews.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.reviews.reference')}</Table.Th>
                <Table.Th>{t('dashboard.reviews.activity')}</Table.Th>
                <Table.Th>{t('dashboard.reviews.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.reviews.map((review) => (
                <Table.Tr key={review.activityId}>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    <Anchor
                      component={Link}
                      href={activityFieldPath(overview.organisationId, review.activityId, 'nextReviewDue')}
                    >
                      {review.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{review.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDate(review.due)}</Text>
                    <DueText review={review} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  )
}
