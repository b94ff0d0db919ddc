import { graphql } from '../../gql';

/** 政府会议: one page of the press releases on the meetings, newest first. */
export const PublicMeetingNewsQuery = graphql(`
  query PublicMeetingNews($page: Int!, $pageSize: Int!) {
    publicMeetingNews(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        title
        source
        publishedAt
        meetingTitle
        meetingKind
        meetingDate
      }
    }
  }
`);

/** One press release with its text and its meeting. */
export const PublicPressReleaseQuery = graphql(`
  query PublicPressRelease($id: ID!) {
    publicPressRelease(id: $id) {
      id
      title
      body
      source
      publishedAt
      meetingTitle
      meetingKind
      meetingDate
    }
  }
`);
