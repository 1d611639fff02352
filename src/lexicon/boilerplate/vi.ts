import type { BoilerplateLexicon } from './types.js'

/**
 * Vietnamese boilerplate phrases. Matching is case-insensitive on NFC text and stops at word boundaries,
 * so `Chia sẻ` matches the control but not `chia sẻ kinh nghiệm` in a sentence (not all tokens are controls).
 */
export const vi: BoilerplateLexicon = {
  // Matches `Bình luận (3)`, `Gửi bình luận`, `Ý kiến bạn đọc`.
  commentMarker: ['bình luận', 'gửi bình luận', 'viết bình luận', 'ý kiến bạn đọc', 'ý kiến của bạn', 'gửi ý kiến', 'các bình luận', 'phản hồi'],
  // Opens a comment section with more on the line: `Gửi bình luận Hủy`; not `Bình luận của chuyên gia` (a heading).
  commentLead: ['gửi bình luận', 'viết bình luận', 'gửi ý kiến'],
  // A marker that also names an article's section: `Phản hồi` (the ministry's response).
  commentHeading: ['phản hồi'],
  // With a number: `3 bình luận`. The phrases name comments only before a quoted post title (`12 suy nghĩ về
  // “Tiêu đề”`).
  commentWord: ['bình luận', 'ý kiến', 'phản hồi', 'suy nghĩ về', 'suy nghĩ trên'],
  // `12 bình luận về “Tiêu đề bài viết”`, `Một phản hồi cho “Tiêu đề”`: then the quoted title ends the line.
  commentsOn: ['bình luận về', 'bình luận cho', 'phản hồi cho', 'phản hồi về', 'suy nghĩ về', 'suy nghĩ trên'],
  // Ends a short line: `Minh Anh viết:`.
  commentByline: ['viết:', 'trả lời:', 'bình luận:'],
  // Matches `Đăng nhập`, `Đăng ký`.
  loginPrompt: ['đăng nhập', 'đăng ký', 'quên mật khẩu'],
  // Matches `Bản quyền thuộc về…`, `Ghi rõ nguồn khi phát hành lại`.
  copyright: ['bản quyền', 'giữ bản quyền', '©', 'ghi rõ nguồn', 'không được sao chép'],
  // Starts a copyright line: `Bản quyền thuộc về Báo…`.
  copyrightLead: ['©', 'bản quyền'],
  // Matches `Giấy phép số 123/GP-BTTTT` in a footer.
  filing: ['giấy phép số', 'giấy phép thiết lập', 'giấy phép hoạt động'],
  // Matches `Địa chỉ: 18 Láng Hạ`, `Điện thoại: 024…`.
  contact: ['địa chỉ:', 'địa chỉ :', 'điện thoại:', 'điện thoại :', 'đt:', 'fax:', 'email:', 'đường dây nóng', 'hotline'],
  // A line made only of these: `In bài | Chia sẻ`.
  control: ['chuyển đến nội dung', 'bỏ qua nội dung', 'đi đến nội dung chính', 'chuyển đến nội dung chính', 'in', 'in bài', 'in bài viết', 'chia sẻ', 'lưu', 'đóng', 'cỡ chữ', 'gửi', 'gửi bài', 'lên đầu trang', 'về đầu trang', 'quay lại', 'sao chép liên kết', 'theo dõi'],
  // The whole line: `Từ khóa:`, `Chuyên mục:` over a list of links, not an article's list.
  linkLabel: ['từ khóa', 'từ khoá', 'thẻ', 'chủ đề', 'chuyên mục', 'danh mục', 'theo dõi chúng tôi'],
  // Matches `Trang chủ > Tin tức`.
  breadcrumbStart: ['trang chủ', 'trang nhất'],
  // The whole block: `Tin liên quan`, `Xem thêm`.
  relatedHeading: ['tin liên quan', 'bài liên quan', 'tin cùng chuyên mục', 'tin khác', 'các tin khác', 'đọc thêm', 'xem thêm', 'tin mới', 'tin mới nhất', 'tin nổi bật', 'đọc nhiều', 'xem nhiều', 'bài viết liên quan'],
  // Matches `Đăng ký để đọc tiếp`.
  paywall: ['đăng ký để đọc', 'để đọc tiếp', 'mua để đọc', 'dành cho hội viên'],
  // Matches `Tác giả:` followed by a bio.
  bioLabel: ['tác giả:', 'về tác giả'],
  // Bio vocabulary: `nhà báo`, `phóng viên`.
  bioWord: ['nhà báo', 'phóng viên', 'biên tập viên', 'kinh nghiệm', 'tốt nghiệp'],
  // Matches `Chúng tôi sử dụng cookie`.
  cookie: ['sử dụng cookie', 'chính sách cookie'],
  // The last part of a series ends with `(Hết)`.
  endMark: ['hết'],
  // Matches `Đăng ký nhận tin`.
  newsletter: ['đăng ký nhận tin', 'nhận bản tin', 'đăng ký nhận bản tin', 'đăng ký thành công', 'cảm ơn bạn đã đăng ký', 'được bảo vệ bởi recaptcha', 'nhập email của bạn', 'nhập địa chỉ email'],
  // In a short line of a box: `Bản tin mỗi sáng`, `Luôn cập nhật tin tức`, `Bạn đã đăng ký thành công`.
  newsletterCue: ['bản tin', 'nhận tin', 'tin tức qua email', 'cập nhật tin tức', 'luôn cập nhật', 'đăng ký', 'recaptcha'],
  // A box's pitch: `Tin tức quan trọng gửi đến hộp thư của bạn mỗi sáng`.
  newsletterPitch: ['hộp thư của bạn', 'hộp thư đến', 'mỗi sáng', 'mỗi ngày chúng tôi', 'chúng tôi sẽ gửi', 'gửi đến bạn'],
  // A line of buttons: `Đăng ký`, `Không, cảm ơn`.
  newsletterButton: ['đăng ký', 'đăng ký ngay', 'gửi', 'không, cảm ơn', 'không cảm ơn', 'để sau'],
  // `Nguyễn Văn An là phóng viên…`, `… hiện là biên tập viên…`.
  bioCopula: ['là', 'hiện là', 'hiện đang là'],
  // `phóng viên`, `nhà báo`, `cây bút`.
  bioRole: ['phóng viên', 'nhà báo', 'biên tập viên', 'cây bút', 'tác giả', 'cộng tác viên', 'nhà văn', 'bình luận viên'],
  // `Về Nguyễn Văn An` over his bio.
  bioAbout: ['về'],
}
