import type { BoilerplateLexicon } from './types.js'

/**
 * Korean boilerplate phrases. Hangul is a spaced script: a phrase stops at a word boundary, and Korean
 * attaches its particles to the word, so `댓글` matches `댓글 3` but not `댓글을` or `댓글에서` in a sentence.
 * A bare `댓글` is no marker (`댓글 조작 의혹` is a subheading of an article about comments): only with a
 * number, or in a label such as `댓글쓰기`.
 */
export const ko: BoilerplateLexicon = {
  // Matches `댓글쓰기`, `댓글 보기`, `전체 댓글`, `첫 댓글을 남겨보세요`; not `댓글 조작 의혹` (no such label).
  commentMarker: [
    '댓글쓰기', '댓글 쓰기', '댓글 달기', '댓글달기', '댓글 보기', '댓글보기', '댓글 더보기', '댓글 작성', '댓글 목록',
    '전체 댓글', '전체댓글', '댓글 남기기', '첫 댓글을 남겨보세요', '첫 댓글을 남겨 주세요', '등록된 댓글이 없습니다', '독자 의견',
  ],
  // Opens a comment section with more on the line: `댓글 쓰기 취소`;
  // not `댓글을 5번 달았다` (prose).
  commentLead: [
    '댓글쓰기', '댓글 쓰기', '댓글 달기', '댓글달기', '댓글 보기', '댓글보기', '댓글 더보기', '댓글 작성', '댓글 남기기', '첫 댓글을 남겨보세요', '첫 댓글을 남겨 주세요',
    '등록된 댓글이 없습니다',
  ],
  // With a number: `댓글 3`, `댓글(3)`, `댓글 12개`, `3개의 댓글`.
  commentWord: ['댓글', '개의 댓글'],
  // After the count: `댓글 3개`, `댓글(3개)`; not `댓글 3개월` (months).
  countUnit: ['개'],
  // After the quoted title (WordPress): `"제목"에 대한 3개의 댓글`, `“제목”에 대한 1개의 생각`.
  commentsAfterTitle: ['에 대한#개의 댓글', '에 대한#개의 생각', '에 대한#개의 응답', '에#개의 댓글'],
  // Ends a short line: `독자123 님의 댓글:`.
  commentByline: ['님의 댓글:', '님의 댓글', '님 댓글:'],
  // Matches `로그인`, `회원가입`, `로그인 후 댓글을 작성할 수 있습니다`; not `로그인하면 …` in a sentence.
  loginPrompt: [
    '로그인', '로그인하기', '로그인 후', '로그아웃', '회원가입', '회원 가입', '비밀번호 찾기', '아이디 찾기', '로그인이 필요합니다',
  ],
  // Matches `무단전재 및 재배포 금지` (near every Korean news page), `ⓒ 한빛일보`, `무단 전재-재배포 금지`.
  copyright: ['무단전재', '무단 전재', '재배포 금지', '재배포금지', 'ⓒ'],
  // Starts a copyright line: `무단전재 및 재배포 금지`, `ⓒ 2026 한빛일보`.
  copyrightLead: ['무단전재', '무단 전재', 'ⓒ'],
  // Matches `등록번호 서울 아 01234`, `사업자등록번호 123-45-67890`, `발행인 홍길동 | 등록일 2010.05.01`.
  filing: ['등록번호', '사업자등록번호', '통신판매업신고', '청소년보호책임자', '발행인', '편집인', '등록일'],
  // Matches `주소: 서울시…`, `대표전화 02-123-4567`, `기사제보 news@…`.
  contact: ['주소:', '주소 :', '전화:', '전화 :', '대표전화', '전화번호', '팩스', '이메일:', '기사제보', '제보하기', '고객센터'],
  // A line made only of these: `공유하기 | 인쇄 | 스크랩`, `글자크기 설정`, `카카오톡 페이스북 링크복사`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    '본문 바로가기', '주메뉴 바로가기', '메뉴 바로가기',
    '공유', '공유하기', '기사 공유', '기사공유', '인쇄', '인쇄하기', '프린트', '스크랩', '북마크', '저장', '기사저장',
    '글자크기', '글자 크기', '글씨크기', '글자크기 설정', '닫기', '링크 복사', '링크복사', 'url 복사', 'url복사', '주소 복사',
    '카카오톡', '카카오스토리', '페이스북', '트위터', '엑스', '네이버', '밴드', '이메일', '메일', '맨 위로', '위로', '목록',
    '본문 듣기', '기사 듣기', '좋아요', '구독', '구독하기', '추천', '추천하기', '다른 공유 찾기',
  ],
  // The whole line: `태그:`, `키워드:` over a list of links, not an article's list.
  linkLabel: ['태그', '키워드', '카테고리', '분류', '섹션', '메뉴'],
  // Matches `홈 > 사회 > 사건사고`, `현재 위치: 홈 > 경제`.
  breadcrumbStart: ['홈', '메인', '현재 위치', '현재위치'],
  // The whole block: `관련기사`, `많이 본 뉴스`, `이 기사와 함께 읽은 기사`.
  relatedHeading: [
    '관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '많이 본 뉴스', '많이 본 기사', '많이본뉴스', '인기 기사', '인기기사',
    '주요 뉴스', '주요뉴스', '최신 뉴스', '최신뉴스', '추천 기사', '추천기사', '함께 보면 좋은 기사', '이 기사와 함께 읽은 기사',
    '이전 기사', '다음 기사', '이전기사', '다음기사', '더보기', '기사 더보기', '오늘의 주요뉴스', '실시간 인기', '에디터 추천',
  ],
  // Matches `이 기사는 유료 회원 전용입니다`, `구독하고 전체 기사를 읽어보세요`.
  // A phrase that ends in Hangul stops at a word boundary: the forms with their endings are listed.
  paywall: [
    '유료 회원 전용', '유료회원 전용', '유료 회원 전용입니다', '유료회원 전용입니다', '구독자 전용', '구독자 전용입니다',
    '유료 기사', '유료 기사입니다', '이 기사는 유료', '구독하고 전체 기사', '전문을 보려면', '전체 기사를 보려면',
  ],
  // Matches `기자 소개`, `필자 소개` (followed by a bio).
  bioLabel: ['기자 소개', '기자 프로필', '필자 소개', '저자 소개', '기자 정보'],
  // Bio vocabulary: `사회부 기자로 … 졸업 후 2010년 입사했다`.
  bioWord: ['기자', '졸업', '입사', '담당', '거쳐', '저서', '출입'],
  // Matches `이 사이트는 쿠키(cookie)를 사용합니다`, `이 웹사이트는 쿠키를 사용합니다`, `쿠키 설정`, `모든 쿠키 허용`;
  // not `쿠키 굽는 법` (a recipe: no consent word). Hangul has no case, so the cookie scan's needle filter
  // tests for `쿠키` as it tests for `cookie`. Hangul attaches particles to the word: each form is listed.
  cookie: [
    '쿠키(cookie)', 'cookie(쿠키)', '쿠키(cookies)', '쿠키를 사용합니다', '쿠키를 사용하고 있습니다', '쿠키를 사용하여',
    '쿠키 사용에 동의', '쿠키 정책', '쿠키정책', '쿠키 설정', '모든 쿠키 허용',
  ],
  // Yonhap's end mark: `(끝)`.
  endMark: ['끝'],
  // Matches `뉴스레터 구독하기`, `이메일 주소를 입력하세요` (each ending listed, as for the paywall).
  newsletter: [
    '뉴스레터 구독', '뉴스레터 구독하기', '뉴스레터 신청', '뉴스레터 신청하기', '뉴스레터를 구독하세요', '뉴스레터 받기',
    '이메일 주소를 입력하세요', '이메일 주소를 입력해 주세요',
  ],
}
