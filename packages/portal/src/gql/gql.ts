/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PublicConsultations($phase: WindowPhase!, $page: Int!, $pageSize: Int!) {\n    publicConsultations(phase: $phase, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        category\n        windowStart\n        windowEnd\n        phase\n        undertakingUnitName\n        resultsPublished\n      }\n    }\n  }\n": typeof types.PublicConsultationsDocument,
    "\n  query PublicConsultationCounts {\n    open: publicConsultations(phase: OPEN, pageSize: 1) {\n      total\n    }\n    upcoming: publicConsultations(phase: UPCOMING, pageSize: 1) {\n      total\n    }\n    closed: publicConsultations(phase: CLOSED, pageSize: 1) {\n      total\n    }\n  }\n": typeof types.PublicConsultationCountsDocument,
    "\n  query PublicConsultation($id: ID!) {\n    publicConsultation(id: $id) {\n      id\n      title\n      category\n      draft\n      decisionBasis\n      draftingExplanation\n      windowStart\n      windowEnd\n      shortWindowReason\n      phase\n      undertakingUnitName\n      resultsPublished\n      summary\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        url\n      }\n      events {\n        id\n        form\n        date\n        place\n        participants\n      }\n      opinions {\n        id\n        content\n        authorName\n        channel\n        submittedAt\n        reasonable\n        adoption\n        reply\n      }\n      rates {\n        opinionCount\n        reasonableCount\n        adoptedCount\n        repliedCount\n        adoptionRate\n        replyRate\n      }\n    }\n  }\n": typeof types.PublicConsultationDocument,
    "\n  mutation SubmitOpinion($input: PublicOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptCode\n      topicId\n      topicTitle\n      content\n      submittedAt\n    }\n  }\n": typeof types.SubmitOpinionDocument,
    "\n  query OpinionReceipt($code: String!) {\n    opinionReceipt(code: $code) {\n      receiptCode\n      resultsPublished\n      hidden\n      reasonable\n      topicId\n      topicTitle\n      content\n      submittedAt\n      adoption\n      reply\n    }\n  }\n": typeof types.OpinionReceiptDocument,
    "\n  query ConsultationRates($year: Int!, $quarter: Int!) {\n    consultationRates(year: $year, quarter: $quarter) {\n      unitId\n      unitName\n      required\n      consulted\n      rate\n    }\n  }\n": typeof types.ConsultationRatesDocument,
    "\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n": typeof types.PublicDocumentsDocument,
    "\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n": typeof types.PortalUnitsDocument,
    "\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n": typeof types.PublicDocumentDocument,
    "\n  query PublicEvaluationYears {\n    publicEvaluationYears\n  }\n": typeof types.PublicEvaluationYearsDocument,
    "\n  query PublicEvaluation($year: Int) {\n    publicEvaluation(year: $year) {\n      year\n      title\n      fullScore\n      publishedAt\n      dimensions {\n        dimension\n        max\n      }\n      rows {\n        unitId\n        unitName\n        group\n        total\n        rank\n        grade\n        previousTotal\n        change\n        dimensions {\n          dimension\n          score\n          max\n        }\n      }\n    }\n  }\n": typeof types.PublicEvaluationDocument,
    "\n  query PublicQuestionnaires {\n    publicQuestionnaires {\n      id\n      title\n      opensOn\n      closesOn\n      phase\n    }\n  }\n": typeof types.PublicQuestionnairesDocument,
    "\n  query PublicQuestionnaire($id: ID!) {\n    publicQuestionnaire(id: $id) {\n      id\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        position\n        text\n      }\n      units {\n        id\n        name\n        group\n      }\n    }\n  }\n": typeof types.PublicQuestionnaireDocument,
    "\n  mutation SubmitQuestionnaireResponse($input: QuestionnaireResponseInput!) {\n    submitQuestionnaireResponse(input: $input) {\n      received\n      submittedAt\n    }\n  }\n": typeof types.SubmitQuestionnaireResponseDocument,
    "\n  mutation SubmitCase($input: PublicCaseInput!) {\n    submitCase(input: $input) {\n      caseNumber\n      checkCode\n      kind\n      title\n      state\n      receivedOn\n    }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  query PublicCase($caseNumber: String!, $checkCode: String!) {\n    publicCase(caseNumber: $caseNumber, checkCode: $checkCode) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n": typeof types.PublicCaseDocument,
    "\n  mutation RatePublicCase($caseNumber: String!, $checkCode: String!, $version: Int!, $rating: CaseRating!, $comment: String) {\n    ratePublicCase(caseNumber: $caseNumber, checkCode: $checkCode, version: $version, rating: $rating, comment: $comment) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n": typeof types.RatePublicCaseDocument,
    "\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n": typeof types.PublicInterpretationsDocument,
    "\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n": typeof types.PublicInterpretationDocument,
    "\n  query PublicMeetingNews($page: Int!, $pageSize: Int!) {\n    publicMeetingNews(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        source\n        publishedAt\n        meetingTitle\n        meetingKind\n        meetingDate\n      }\n    }\n  }\n": typeof types.PublicMeetingNewsDocument,
    "\n  query PublicPressRelease($id: ID!) {\n    publicPressRelease(id: $id) {\n      id\n      title\n      body\n      source\n      publishedAt\n      meetingTitle\n      meetingKind\n      meetingDate\n    }\n  }\n": typeof types.PublicPressReleaseDocument,
};
const documents: Documents = {
    "\n  query PublicConsultations($phase: WindowPhase!, $page: Int!, $pageSize: Int!) {\n    publicConsultations(phase: $phase, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        category\n        windowStart\n        windowEnd\n        phase\n        undertakingUnitName\n        resultsPublished\n      }\n    }\n  }\n": types.PublicConsultationsDocument,
    "\n  query PublicConsultationCounts {\n    open: publicConsultations(phase: OPEN, pageSize: 1) {\n      total\n    }\n    upcoming: publicConsultations(phase: UPCOMING, pageSize: 1) {\n      total\n    }\n    closed: publicConsultations(phase: CLOSED, pageSize: 1) {\n      total\n    }\n  }\n": types.PublicConsultationCountsDocument,
    "\n  query PublicConsultation($id: ID!) {\n    publicConsultation(id: $id) {\n      id\n      title\n      category\n      draft\n      decisionBasis\n      draftingExplanation\n      windowStart\n      windowEnd\n      shortWindowReason\n      phase\n      undertakingUnitName\n      resultsPublished\n      summary\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        url\n      }\n      events {\n        id\n        form\n        date\n        place\n        participants\n      }\n      opinions {\n        id\n        content\n        authorName\n        channel\n        submittedAt\n        reasonable\n        adoption\n        reply\n      }\n      rates {\n        opinionCount\n        reasonableCount\n        adoptedCount\n        repliedCount\n        adoptionRate\n        replyRate\n      }\n    }\n  }\n": types.PublicConsultationDocument,
    "\n  mutation SubmitOpinion($input: PublicOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptCode\n      topicId\n      topicTitle\n      content\n      submittedAt\n    }\n  }\n": types.SubmitOpinionDocument,
    "\n  query OpinionReceipt($code: String!) {\n    opinionReceipt(code: $code) {\n      receiptCode\n      resultsPublished\n      hidden\n      reasonable\n      topicId\n      topicTitle\n      content\n      submittedAt\n      adoption\n      reply\n    }\n  }\n": types.OpinionReceiptDocument,
    "\n  query ConsultationRates($year: Int!, $quarter: Int!) {\n    consultationRates(year: $year, quarter: $quarter) {\n      unitId\n      unitName\n      required\n      consulted\n      rate\n    }\n  }\n": types.ConsultationRatesDocument,
    "\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n": types.PublicDocumentsDocument,
    "\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n": types.PortalUnitsDocument,
    "\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n": types.PublicDocumentDocument,
    "\n  query PublicEvaluationYears {\n    publicEvaluationYears\n  }\n": types.PublicEvaluationYearsDocument,
    "\n  query PublicEvaluation($year: Int) {\n    publicEvaluation(year: $year) {\n      year\n      title\n      fullScore\n      publishedAt\n      dimensions {\n        dimension\n        max\n      }\n      rows {\n        unitId\n        unitName\n        group\n        total\n        rank\n        grade\n        previousTotal\n        change\n        dimensions {\n          dimension\n          score\n          max\n        }\n      }\n    }\n  }\n": types.PublicEvaluationDocument,
    "\n  query PublicQuestionnaires {\n    publicQuestionnaires {\n      id\n      title\n      opensOn\n      closesOn\n      phase\n    }\n  }\n": types.PublicQuestionnairesDocument,
    "\n  query PublicQuestionnaire($id: ID!) {\n    publicQuestionnaire(id: $id) {\n      id\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        position\n        text\n      }\n      units {\n        id\n        name\n        group\n      }\n    }\n  }\n": types.PublicQuestionnaireDocument,
    "\n  mutation SubmitQuestionnaireResponse($input: QuestionnaireResponseInput!) {\n    submitQuestionnaireResponse(input: $input) {\n      received\n      submittedAt\n    }\n  }\n": types.SubmitQuestionnaireResponseDocument,
    "\n  mutation SubmitCase($input: PublicCaseInput!) {\n    submitCase(input: $input) {\n      caseNumber\n      checkCode\n      kind\n      title\n      state\n      receivedOn\n    }\n  }\n": types.SubmitCaseDocument,
    "\n  query PublicCase($caseNumber: String!, $checkCode: String!) {\n    publicCase(caseNumber: $caseNumber, checkCode: $checkCode) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n": types.PublicCaseDocument,
    "\n  mutation RatePublicCase($caseNumber: String!, $checkCode: String!, $version: Int!, $rating: CaseRating!, $comment: String) {\n    ratePublicCase(caseNumber: $caseNumber, checkCode: $checkCode, version: $version, rating: $rating, comment: $comment) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n": types.RatePublicCaseDocument,
    "\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n": types.PublicInterpretationsDocument,
    "\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n": types.PublicInterpretationDocument,
    "\n  query PublicMeetingNews($page: Int!, $pageSize: Int!) {\n    publicMeetingNews(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        source\n        publishedAt\n        meetingTitle\n        meetingKind\n        meetingDate\n      }\n    }\n  }\n": types.PublicMeetingNewsDocument,
    "\n  query PublicPressRelease($id: ID!) {\n    publicPressRelease(id: $id) {\n      id\n      title\n      body\n      source\n      publishedAt\n      meetingTitle\n      meetingKind\n      meetingDate\n    }\n  }\n": types.PublicPressReleaseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicConsultations($phase: WindowPhase!, $page: Int!, $pageSize: Int!) {\n    publicConsultations(phase: $phase, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        category\n        windowStart\n        windowEnd\n        phase\n        undertakingUnitName\n        resultsPublished\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicConsultations($phase: WindowPhase!, $page: Int!, $pageSize: Int!) {\n    publicConsultations(phase: $phase, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        category\n        windowStart\n        windowEnd\n        phase\n        undertakingUnitName\n        resultsPublished\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicConsultationCounts {\n    open: publicConsultations(phase: OPEN, pageSize: 1) {\n      total\n    }\n    upcoming: publicConsultations(phase: UPCOMING, pageSize: 1) {\n      total\n    }\n    closed: publicConsultations(phase: CLOSED, pageSize: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query PublicConsultationCounts {\n    open: publicConsultations(phase: OPEN, pageSize: 1) {\n      total\n    }\n    upcoming: publicConsultations(phase: UPCOMING, pageSize: 1) {\n      total\n    }\n    closed: publicConsultations(phase: CLOSED, pageSize: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicConsultation($id: ID!) {\n    publicConsultation(id: $id) {\n      id\n      title\n      category\n      draft\n      decisionBasis\n      draftingExplanation\n      windowStart\n      windowEnd\n      shortWindowReason\n      phase\n      undertakingUnitName\n      resultsPublished\n      summary\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        url\n      }\n      events {\n        id\n        form\n        date\n        place\n        participants\n      }\n      opinions {\n        id\n        content\n        authorName\n        channel\n        submittedAt\n        reasonable\n        adoption\n        reply\n      }\n      rates {\n        opinionCount\n        reasonableCount\n        adoptedCount\n        repliedCount\n        adoptionRate\n        replyRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicConsultation($id: ID!) {\n    publicConsultation(id: $id) {\n      id\n      title\n      category\n      draft\n      decisionBasis\n      draftingExplanation\n      windowStart\n      windowEnd\n      shortWindowReason\n      phase\n      undertakingUnitName\n      resultsPublished\n      summary\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        url\n      }\n      events {\n        id\n        form\n        date\n        place\n        participants\n      }\n      opinions {\n        id\n        content\n        authorName\n        channel\n        submittedAt\n        reasonable\n        adoption\n        reply\n      }\n      rates {\n        opinionCount\n        reasonableCount\n        adoptedCount\n        repliedCount\n        adoptionRate\n        replyRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOpinion($input: PublicOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptCode\n      topicId\n      topicTitle\n      content\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitOpinion($input: PublicOpinionInput!) {\n    submitOpinion(input: $input) {\n      receiptCode\n      topicId\n      topicTitle\n      content\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionReceipt($code: String!) {\n    opinionReceipt(code: $code) {\n      receiptCode\n      resultsPublished\n      hidden\n      reasonable\n      topicId\n      topicTitle\n      content\n      submittedAt\n      adoption\n      reply\n    }\n  }\n"): (typeof documents)["\n  query OpinionReceipt($code: String!) {\n    opinionReceipt(code: $code) {\n      receiptCode\n      resultsPublished\n      hidden\n      reasonable\n      topicId\n      topicTitle\n      content\n      submittedAt\n      adoption\n      reply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationRates($year: Int!, $quarter: Int!) {\n    consultationRates(year: $year, quarter: $quarter) {\n      unitId\n      unitName\n      required\n      consulted\n      rate\n    }\n  }\n"): (typeof documents)["\n  query ConsultationRates($year: Int!, $quarter: Int!) {\n    consultationRates(year: $year, quarter: $quarter) {\n      unitId\n      unitName\n      required\n      consulted\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDocuments($filter: PublicDocumentFilter, $page: Int!, $pageSize: Int!) {\n    publicDocuments(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        disclosureAttribute\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n"): (typeof documents)["\n  query PortalUnits {\n    units {\n      id\n      name\n      kind\n      parentId\n      sortOrder\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDocument($id: ID!) {\n    publicDocument(id: $id) {\n      id\n      kind\n      title\n      documentNumber\n      issuingAuthority\n      issueDate\n      disclosureAttribute\n      body\n      addressees\n      interpretations {\n        id\n        title\n        stage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicEvaluationYears {\n    publicEvaluationYears\n  }\n"): (typeof documents)["\n  query PublicEvaluationYears {\n    publicEvaluationYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicEvaluation($year: Int) {\n    publicEvaluation(year: $year) {\n      year\n      title\n      fullScore\n      publishedAt\n      dimensions {\n        dimension\n        max\n      }\n      rows {\n        unitId\n        unitName\n        group\n        total\n        rank\n        grade\n        previousTotal\n        change\n        dimensions {\n          dimension\n          score\n          max\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicEvaluation($year: Int) {\n    publicEvaluation(year: $year) {\n      year\n      title\n      fullScore\n      publishedAt\n      dimensions {\n        dimension\n        max\n      }\n      rows {\n        unitId\n        unitName\n        group\n        total\n        rank\n        grade\n        previousTotal\n        change\n        dimensions {\n          dimension\n          score\n          max\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicQuestionnaires {\n    publicQuestionnaires {\n      id\n      title\n      opensOn\n      closesOn\n      phase\n    }\n  }\n"): (typeof documents)["\n  query PublicQuestionnaires {\n    publicQuestionnaires {\n      id\n      title\n      opensOn\n      closesOn\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicQuestionnaire($id: ID!) {\n    publicQuestionnaire(id: $id) {\n      id\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        position\n        text\n      }\n      units {\n        id\n        name\n        group\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicQuestionnaire($id: ID!) {\n    publicQuestionnaire(id: $id) {\n      id\n      title\n      intro\n      opensOn\n      closesOn\n      phase\n      questions {\n        id\n        position\n        text\n      }\n      units {\n        id\n        name\n        group\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuestionnaireResponse($input: QuestionnaireResponseInput!) {\n    submitQuestionnaireResponse(input: $input) {\n      received\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuestionnaireResponse($input: QuestionnaireResponseInput!) {\n    submitQuestionnaireResponse(input: $input) {\n      received\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($input: PublicCaseInput!) {\n    submitCase(input: $input) {\n      caseNumber\n      checkCode\n      kind\n      title\n      state\n      receivedOn\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCase($input: PublicCaseInput!) {\n    submitCase(input: $input) {\n      caseNumber\n      checkCode\n      kind\n      title\n      state\n      receivedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCase($caseNumber: String!, $checkCode: String!) {\n    publicCase(caseNumber: $caseNumber, checkCode: $checkCode) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n"): (typeof documents)["\n  query PublicCase($caseNumber: String!, $checkCode: String!) {\n    publicCase(caseNumber: $caseNumber, checkCode: $checkCode) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatePublicCase($caseNumber: String!, $checkCode: String!, $version: Int!, $rating: CaseRating!, $comment: String) {\n    ratePublicCase(caseNumber: $caseNumber, checkCode: $checkCode, version: $version, rating: $rating, comment: $comment) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RatePublicCase($caseNumber: String!, $checkCode: String!, $version: Int!, $rating: CaseRating!, $comment: String) {\n    ratePublicCase(caseNumber: $caseNumber, checkCode: $checkCode, version: $version, rating: $rating, comment: $comment) {\n      caseNumber\n      kind\n      title\n      state\n      receivedOn\n      notAcceptedReason\n      dueOn\n      reply\n      repliedOn\n      closedOn\n      ratingDueOn\n      rating\n      canRate\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicInterpretations($page: Int!, $pageSize: Int!) {\n    publicInterpretations(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        stage\n        forms\n        publishedAt\n        document {\n          id\n          title\n          documentNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicInterpretation($id: ID!) {\n    publicInterpretation(id: $id) {\n      id\n      title\n      stage\n      forms\n      content\n      qa\n      links\n      publishedAt\n      images {\n        id\n        fileName\n        mimeType\n        url\n      }\n      document {\n        id\n        title\n        documentNumber\n        issuingAuthority\n        issueDate\n        interpretations {\n          id\n          title\n          stage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMeetingNews($page: Int!, $pageSize: Int!) {\n    publicMeetingNews(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        source\n        publishedAt\n        meetingTitle\n        meetingKind\n        meetingDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicMeetingNews($page: Int!, $pageSize: Int!) {\n    publicMeetingNews(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        source\n        publishedAt\n        meetingTitle\n        meetingKind\n        meetingDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPressRelease($id: ID!) {\n    publicPressRelease(id: $id) {\n      id\n      title\n      body\n      source\n      publishedAt\n      meetingTitle\n      meetingKind\n      meetingDate\n    }\n  }\n"): (typeof documents)["\n  query PublicPressRelease($id: ID!) {\n    publicPressRelease(id: $id) {\n      id\n      title\n      body\n      source\n      publishedAt\n      meetingTitle\n      meetingKind\n      meetingDate\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;