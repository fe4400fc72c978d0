import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: Vietnamese forms supplied by the lexicon author (not found verbatim in a
 * stored source). Rows backed by mission-anchors carry their own citation.
 */
const SRC = 'candidate: native-speaker check needed';
const B_VIP = 'mission-anchors §B2 #25 (AFP via tintuccaonien; Keesing; ITV)';
const B_LABOUR = 'mission-anchors §B2 #25, §B4 #6 (legal xuất khẩu lao động vs mimicked "labour exchange programmes")';
const B_PAY = 'mission-anchors §B1 #3, §B2 #2 (pay on/after arrival); Vietnamese form candidate';
const B_GUAR = 'mission-anchors §B2 #1 ("100% guaranteed"); Vietnamese form candidate';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27; Vietnamese form candidate';
const B_DOCS = 'mission-anchors §B1 #8, A2 EMSC (forged documents); Vietnamese form candidate';
const B_MARR = 'mission-anchors §B1 #7, A2 EMSC (sham marriages); Vietnamese form candidate';
const B_BUNDLE = 'mission-anchors §B1 #7 (bundled services); Vietnamese form candidate';
const B_URG = 'mission-anchors §B1 #9 (seats left, this week); Vietnamese form candidate';
const B_CAMPAIGN = 'mission-anchors §B4 #2 (UK Home Office campaign in Vietnamese, vietnamplus); Vietnamese form candidate';
const B_FP = 'mission-anchors §B4 (benign look-alikes); Vietnamese form candidate';
const B_PLACES = 'mission-anchors §B2 #25 (Vietnam→UK, lorry/VIP routes); candidate spellings';

/**
 * Lexicon: Vietnamese.
 *
 * Vietnamese words are single syllables separated by spaces, and the normaliser folds tone
 * marks, so one syllable collides with many others (and with English/French/German words:
 * "Mỹ" → my, "đến" → den, "gấp" → gap). Most rows are therefore 2–4 syllable phrases, and the
 * short country names that are also common words (Anh "elder brother", Pháp in "hợp pháp",
 * Đức a given name, Ý "idea", Nga a given name, Lào in "lao động", Áo "shirt") appear only as
 * compounds (nước Anh, sang Anh, đi Anh…).
 */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('vi', SRC, [
    ['đi VIP', 'offer', 0.6, 'VIP homograph', B_VIP],
    ['gói VIP', 'offer', 0.6, 'spa/telecom VIP packages', B_VIP],
    ['tour VIP', 'offer', 0.5, 'legit VIP tours', B_VIP],
    ['đường VIP', 'offer', 0.7, undefined, B_VIP],
    ['đi cỏ', 'offer', 0.8, '"grass" overland route; folds to "di co"', B_VIP],
    ['đường cỏ', 'offer', 0.7, undefined, B_VIP],
    ['bao đi bao đến', 'offer', 1.0, 'quoted in news and warnings'],
    ['bao đến nơi', 'offer', 0.8, 'parcel delivery'],
    ['bao tới nơi', 'offer', 0.8, 'parcel delivery'],
    ['bao sang', 'offer', 0.6],
    ['đi chui', 'offer', 0.8, 'news'],
    ['đi lậu', 'offer', 0.8, 'news'],
    ['đi theo đường lậu', 'offer', 0.9, 'news'],
    ['vượt biên', 'offer', 0.6, 'news; history of 1970s–80s boat people'],
    ['vượt biển', 'offer', 0.4, 'news; sports (swimming)'],
    ['qua biên giới', 'offer', 0.4, 'news, legit border trade'],
    ['nhận đưa người', 'offer', 0.9],
    ['đưa người sang', 'offer', 0.6, 'news: "đưa người sang Anh trái phép"'],
    ['đưa người đi', 'offer', 0.5, 'news'],
    ['nhận đưa', 'offer', 0.4, 'delivery services'],
    ['có người đón', 'offer', 0.7, 'airport pick-up services'],
    ['người đón bên kia', 'offer', 0.9],
    ['đón bên kia', 'offer', 0.8],
    ['có người lo', 'offer', 0.5],
    ['lo từ A đến Z', 'offer', 0.5, 'legit agencies'],
    ['lo hết', 'offer', 0.3, 'everyday'],
    ['có quan hệ', 'offer', 0.3, 'everyday "has connections"'],
    ['quan hệ trong lãnh sự', 'offer', 0.9, undefined, B_DOCS],
    ['người trong đại sứ quán', 'offer', 0.9, undefined, B_DOCS],
    ['người trong lãnh sự quán', 'offer', 0.9, undefined, B_DOCS],
    ['đi nhóm nhỏ', 'offer', 0.4, 'small-group tours'],
    ['môi giới', 'offer', 0.15, 'mostly in warnings/news ("môi giới lừa đảo"); real-estate brokers'],
    ['dịch vụ đi', 'offer', 0.3],
    ['sang Anh làm', 'offer', 0.6, 'nail salons / cannabis farm recruitment'],
    ['trồng cỏ', 'offer', 0.25, 'cannabis-farm work; also gardening'],
    ['làm nail', 'offer', 0.15, 'legit nail jobs'],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('vi', SRC, [
    ['thuyền', 'transport', 0.4, 'boats for sale, fishing, tourism'],
    ['thuyền nhỏ', 'transport', 0.6],
    ['thuyền cao su', 'transport', 0.9, 'rubber dinghy; also rafting'],
    ['xuồng cao su', 'transport', 0.9, 'rubber dinghy'],
    ['xuồng máy', 'transport', 0.5, 'river transport'],
    ['ca nô', 'transport', 0.5, 'tourism speedboats'],
    ['cano', 'transport', 0.5, 'tourism speedboats'],
    ['đường biển', 'transport', 0.4, 'shipping/freight'],
    ['đi thuyền', 'transport', 0.6],
    ['không đi thuyền', 'transport', 0.6, 'reassurance in lorry ads'],
    ['xe tải', 'transport', 0.35, 'freight, driver jobs'],
    ['đi xe tải', 'transport', 0.7],
    ['xe container', 'transport', 0.6, 'freight'],
    ['công-te-nơ', 'transport', 0.6, 'freight'],
    ['công ten nơ', 'transport', 0.6, 'freight'],
    ['thùng xe', 'transport', 0.5, 'car parts'],
    ['xe lạnh', 'transport', 0.7, 'refrigerated freight'],
    ['xe đông lạnh', 'transport', 0.7, 'refrigerated freight'],
    ['đường bộ', 'transport', 0.3, 'road travel generally'],
    ['đường rừng', 'transport', 0.6, 'news'],
    ['đi rừng', 'transport', 0.5, 'hiking'],
    ['máy bay', 'transport', 0.15, 'travel agencies'],
    ['đường bay', 'transport', 0.2, 'airlines'],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('vi', SRC, [
    ['hộ chiếu giả', 'documents', 1.0, 'news', B_DOCS],
    ['visa giả', 'documents', 1.0, 'news', B_DOCS],
    ['thị thực giả', 'documents', 1.0, 'news', B_DOCS],
    ['giấy tờ giả', 'documents', 1.0, 'news', B_DOCS],
    ['căn cước giả', 'documents', 1.0, 'news', B_DOCS],
    ['hộ chiếu mượn', 'documents', 0.9, 'look-alike passports', B_DOCS],
    ['mượn hộ chiếu', 'documents', 0.9, 'look-alike passports', B_DOCS],
    ['hộ chiếu thật', 'documents', 0.5, undefined, B_DOCS],
    ['hộ chiếu', 'documents', 0.15, 'passport offices, news'],
    ['thị thực', 'documents', 0.1, 'legit visa services'],
    ['làm visa', 'documents', 0.2, 'legit visa services'],
    ['thẻ cư trú', 'documents', 0.5, 'legit residents'],
    ['thẻ xanh', 'documents', 0.3, 'US green card; legit'],
    ['giấy phép lao động', 'documents', 0.3, 'legit jobs'],
    ['giấy phép cư trú', 'documents', 0.5],
    ['không cần chứng minh tài chính', 'documents', 0.8],
    ['không chứng minh tài chính', 'documents', 0.8],
    ['không phỏng vấn', 'documents', 0.7],
    ['không cần phỏng vấn', 'documents', 0.7],
    ['miễn phỏng vấn', 'documents', 0.5, 'some legit visa waivers'],
    ['không cần lịch hẹn', 'documents', 0.7],
    ['không cần visa', 'documents', 0.5, 'visa-free travel news'],
    ['không cần hộ chiếu', 'documents', 0.8],
    ['đậu visa', 'documents', 0.3, 'legit visa services'],
    ['trượt visa', 'documents', 0.15, 'legit visa services'],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('vi', SRC, [
    ['kết hôn giả', 'marriage', 1.0, 'news', B_MARR],
    ['cưới giả', 'marriage', 1.0, 'news; also pranks', B_MARR],
    ['hôn nhân giả', 'marriage', 1.0, 'news', B_MARR],
    ['kết hôn giấy tờ', 'marriage', 1.0, undefined, B_MARR],
    ['kết hôn hợp đồng', 'marriage', 1.0, undefined, B_MARR],
    ['hôn nhân hợp đồng', 'marriage', 1.0, 'also drama titles', B_MARR],
    ['cưới hợp đồng', 'marriage', 1.0, 'also drama titles', B_MARR],
    ['không cần sống chung', 'marriage', 0.8, undefined, B_MARR],
    ['không phải sống chung', 'marriage', 0.8, undefined, B_MARR],
    ['kết hôn lấy quốc tịch', 'marriage', 0.8, undefined, B_MARR],
    ['tìm bạn nữ quốc tịch', 'marriage', 0.7, undefined, B_MARR],
    ['quốc tịch', 'marriage', 0.15, 'news, legal questions'],
    ['bảo lãnh', 'marriage', 0.15, 'legit family sponsorship; bail'],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('vi', SRC, [
    ['trọn gói', 'package', 0.35, 'legit tours "giá trọn gói"', B_BUNDLE],
    ['lao động trọn gói', 'package', 0.7, undefined, B_BUNDLE],
    ['đi Anh trọn gói', 'package', 1.0, undefined, B_BUNDLE],
    ['có việc làm ngay', 'package', 0.6, 'legit job ads', B_BUNDLE],
    ['việc làm ngay', 'package', 0.4, 'legit job ads', B_BUNDLE],
    ['bao việc', 'package', 0.6, undefined, B_BUNDLE],
    ['bao việc làm', 'package', 0.7, undefined, B_BUNDLE],
    ['bao ăn ở', 'package', 0.3, 'legit jobs include board', B_BUNDLE],
    ['không cần tiếng', 'package', 0.6, undefined, B_BUNDLE],
    ['không cần ngoại ngữ', 'package', 0.6, undefined, B_BUNDLE],
    ['không cần bằng cấp', 'package', 0.5, undefined, B_BUNDLE],
    ['nhập cảnh và thẻ cư trú', 'package', 0.8, undefined, B_BUNDLE],
    ['định cư', 'package', 0.25, 'legit settlement programmes', B_BUNDLE],
    ['định cư châu Âu', 'package', 0.5, undefined, B_BUNDLE],
    ['du học', 'package', 0.1, 'legit study abroad'],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('vi', SRC, [
    ['nhà an toàn', 'accommodation', 0.7],
    ['nhà chờ', 'accommodation', 0.3, 'bus shelters'],
    ['lo chỗ ở', 'accommodation', 0.4, 'legit jobs'],
    ['chỗ ở miễn phí', 'accommodation', 0.4, 'legit jobs'],
    ['ăn ở miễn phí', 'accommodation', 0.4, 'legit jobs'],
    ['chờ chuyến', 'accommodation', 0.5],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('vi', SRC, [
    ['tuyển tài xế', 'recruitment', 0.2, 'legit driver jobs'],
    ['cần tài xế', 'recruitment', 0.2, 'legit driver jobs'],
    ['tuyển lái xe', 'recruitment', 0.2, 'legit driver jobs'],
    ['cần người lái thuyền', 'recruitment', 0.7],
    ['tuyển người dẫn đường', 'recruitment', 0.7],
    ['người dẫn đường', 'recruitment', 0.4, 'tour guides'],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('vi', SRC, [
    ['bao đậu', 'guarantee', 0.6, 'legit notices warn against "bao đậu" fees', B_GUAR],
    ['bao đậu 100%', 'guarantee', 0.9, undefined, B_GUAR],
    ['bao đậu visa', 'guarantee', 0.8, undefined, B_GUAR],
    ['visa bao đậu', 'guarantee', 0.8, undefined, B_GUAR],
    ['bao đỗ', 'guarantee', 0.6, 'exam coaching', B_GUAR],
    ['an toàn tuyệt đối', 'guarantee', 0.7, 'product ads', B_GUAR],
    ['bao qua', 'guarantee', 0.6, '"guaranteed to get across"; also "guaranteed to pass" (exams, inspections)', B_GUAR],
    ['bao qua biển', 'guarantee', 0.9, 'guaranteed sea crossing', B_GUAR],
    ['an toàn 100%', 'guarantee', 0.7, 'product ads', B_GUAR],
    ['100% an toàn', 'guarantee', 0.7, 'product ads', B_GUAR],
    ['cam kết 100%', 'guarantee', 0.6, 'product ads', B_GUAR],
    ['đảm bảo 100%', 'guarantee', 0.6, 'product ads', B_GUAR],
    ['cam kết', 'guarantee', 0.2, 'everyday "commitment"', B_GUAR],
    ['đảm bảo', 'guarantee', 0.15, 'everyday', B_GUAR],
    ['tới nơi mới trả', 'guarantee', 1.0, 'quoted in warnings', B_PAY],
    ['đến nơi mới trả', 'guarantee', 1.0, 'quoted in warnings', B_PAY],
    ['tới nơi mới thanh toán', 'guarantee', 1.0, undefined, B_PAY],
    ['đến nơi mới thanh toán', 'guarantee', 1.0, undefined, B_PAY],
    ['đến nơi thanh toán', 'guarantee', 0.9, undefined, B_PAY],
    ['sang tới nơi', 'guarantee', 0.6, undefined, B_PAY],
    ['sang đến nơi', 'guarantee', 0.6, undefined, B_PAY],
    ['mới thanh toán', 'guarantee', 0.5, 'also legit "pay after service"', B_PAY],
    ['mới trả tiền', 'guarantee', 0.5, undefined, B_PAY],
    ['thanh toán phần còn lại', 'guarantee', 0.5, 'legit deposits too', B_PAY],
    ['còn lại sang mới trả', 'guarantee', 1.0, undefined, B_PAY],
    ['đậu visa mới thanh toán', 'guarantee', 0.9, undefined, B_PAY],
    ['có visa mới trả', 'guarantee', 0.9, undefined, B_PAY],
    ['trả sau', 'guarantee', 0.35, 'buy-now-pay-later shops', B_PAY],
    ['thanh toán sau', 'guarantee', 0.35, 'shops', B_PAY],
    ['đặt cọc ít', 'guarantee', 0.6, undefined, B_PAY],
    ['đặt cọc', 'guarantee', 0.15, 'legit tour deposits', B_PAY],
    ['tiền cọc', 'guarantee', 0.15, 'legit deposits', B_PAY],
    ['chia 2 lần', 'guarantee', 0.4, undefined, B_PAY],
    ['chia làm nhiều lần', 'guarantee', 0.4, undefined, B_PAY],
    ['trả góp', 'guarantee', 0.2, 'consumer instalments', B_PAY],
    ['không đậu hoàn tiền', 'guarantee', 0.6, undefined, B_PAY],
    ['trượt hoàn tiền', 'guarantee', 0.4, 'legit agencies refund on refusal', B_PAY],
    ['hoàn tiền 100%', 'guarantee', 0.5, 'shops', B_PAY],
    ['giữ tiền', 'guarantee', 0.45, 'escrow', B_PAY],
    ['bên thứ ba giữ tiền', 'guarantee', 0.9, 'escrow', B_PAY],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('vi', SRC, [
    ['còn vài suất', 'urgency', 0.7, 'promotions', B_URG],
    ['suất cuối', 'urgency', 0.7, 'promotions', B_URG],
    ['chỉ còn vài chỗ', 'urgency', 0.7, 'tours', B_URG],
    ['còn ít chỗ', 'urgency', 0.6, 'tours', B_URG],
    ['số lượng có hạn', 'urgency', 0.5, 'sales', B_URG],
    ['chuyến cuối', 'urgency', 0.5, 'buses/ferries', B_URG],
    ['chuyến tiếp theo', 'urgency', 0.4, 'transport timetables', B_URG],
    ['đi ngay', 'urgency', 0.4, 'everyday', B_URG],
    ['xuất cảnh ngay', 'urgency', 0.6, undefined, B_URG],
    ['nhanh tay', 'urgency', 0.4, 'sales', B_URG],
    ['cơ hội vàng', 'urgency', 0.4, 'sales', B_URG],
    ['khởi hành tuần này', 'urgency', 0.4, 'tours', B_URG],
    ['bay ngay', 'urgency', 0.4, 'labour-export ads', B_URG],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('vi', SRC, [
    ['Zalo', 'contact', 0.45, 'every Vietnamese business', B_CONTACT],
    ['nhắn tin', 'contact', 0.3, undefined, B_CONTACT],
    ['nhắn riêng', 'contact', 0.55, undefined, B_CONTACT],
    ['inbox riêng', 'contact', 0.55, undefined, B_CONTACT],
    ['ib riêng', 'contact', 0.55, undefined, B_CONTACT],
    ['ai cần ib', 'contact', 0.6, undefined, B_CONTACT],
    ['cần ib', 'contact', 0.5, undefined, B_CONTACT],
    ['ib', 'contact', 0.25, 'also IB (baccalaureate)', B_CONTACT],
    ['ibx', 'contact', 0.4, undefined, B_CONTACT],
    ['liên hệ', 'contact', 0.2, 'every business', B_CONTACT],
    ['LH', 'contact', 0.2, 'every business', B_CONTACT],
    ['gọi ngay', 'contact', 0.3, 'sales', B_CONTACT],
    ['alo', 'contact', 0.2, 'everyday', B_CONTACT],
    ['nhắn zalo', 'contact', 0.5, undefined, B_CONTACT],
    ['kết bạn zalo', 'contact', 0.5, undefined, B_CONTACT],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('vi', SRC, [
    ['sang', 'direction', 0.4, 'English "sang"; tone folding'],
    ['qua', 'direction', 0.3, 'also "past/over" in time expressions'],
    ['tới', 'direction', 0.3, 'folds to "toi" (French "toi")'],
    ['đến', 'direction', 0.3, 'folds to "den" (German article)'],
    ['từ', 'direction', 0.3, 'folds to "tu" (French/Spanish)'],
    ['quá cảnh', 'direction', 0.5, 'transit; legit flights'],
    ['qua đường', 'direction', 0.4],
    ['rồi', 'direction', 0.3, '"then" between two legs of a trip ("sang Pháp rồi qua Anh"); very common word, only counts next to a place'],
  ]),

  // ───────────────────────────── negative context: news ─────────────────────────────
  ...define('vi', SRC, [
    ['công an', 'news', 0.5],
    ['bị bắt', 'news', 0.6],
    ['bắt giữ', 'news', 0.6],
    ['tạm giam', 'news', 0.7],
    ['khởi tố', 'news', 0.7],
    ['triệt phá', 'news', 0.8],
    ['đối tượng', 'news', 0.5, 'police jargon for suspects; also "target group"'],
    ['các đối tượng', 'news', 0.6],
    ['cơ quan điều tra', 'news', 0.7],
    ['điều tra', 'news', 0.4],
    ['theo cơ quan', 'news', 0.5],
    ['tòa án', 'news', 0.5],
    ['xét xử', 'news', 0.6],
    ['phiên tòa', 'news', 0.6],
    ['bản án', 'news', 0.5],
    ['nạn nhân', 'news', 0.4],
    ['tử vong', 'news', 0.4],
    ['thi thể', 'news', 0.5],
    ['thương vong', 'news', 0.5],
    ['đường dây', 'news', 0.4, 'also phone line'],
    ['xuất cảnh trái phép', 'news', 0.5, 'also warnings'],
    ['nhập cảnh trái phép', 'news', 0.5, 'also warnings'],
    ['tổ chức cho người khác', 'news', 0.7, 'statutory offence wording'],
    ['mua bán người', 'news', 0.5],
    ['cho biết', 'news', 0.3],
    ['phóng viên', 'news', 0.5],
    ['theo báo', 'news', 0.5],
    ['cầu thủ', 'news', 0.5, 'sports transfer news'],
    ['chuyển nhượng', 'news', 0.4, 'sports transfers'],
  ]),

  // ───────────────────────────── negative context: warning ─────────────────────────────
  ...define('vi', SRC, [
    ['cảnh báo', 'warning', 0.7, undefined, B_FP],
    ['cảnh giác', 'warning', 0.7, undefined, B_FP],
    ['lừa đảo', 'warning', 0.6, undefined, B_FP],
    ['thủ đoạn', 'warning', 0.5, undefined, B_FP],
    ['đừng tin', 'warning', 0.6, undefined, B_FP],
    ['không nên tin', 'warning', 0.6, undefined, B_FP],
    ['đừng nghe', 'warning', 0.5, undefined, B_FP],
    ['sập bẫy', 'warning', 0.6, undefined, B_FP],
    ['tiền mất tật mang', 'warning', 0.7, undefined, B_FP],
    ['mất mạng', 'warning', 0.5, undefined, B_FP],
    ['nguy hiểm', 'warning', 0.3, undefined, B_FP],
    ['trái phép', 'warning', 0.3, 'also news', B_FP],
    ['bất hợp pháp', 'warning', 0.4, 'also news', B_FP],
    ['không có con đường', 'warning', 0.5, undefined, B_FP],
    ['môi giới lừa đảo', 'warning', 0.8, undefined, B_FP],
    ['môi giới trái phép', 'warning', 0.7, undefined, B_FP],
  ]),

  // ───────────────────────────── negative context: campaign ─────────────────────────────
  ...define('vi', SRC, [
    ['đường dây nóng', 'campaign', 0.6, undefined, B_CAMPAIGN],
    ['tư vấn miễn phí', 'campaign', 0.4, 'also consultancies', B_CAMPAIGN],
    ['Tổ chức Di cư Quốc tế', 'campaign', 0.8, 'IOM', B_CAMPAIGN],
    ['Cục Quản lý lao động ngoài nước', 'campaign', 0.8, 'DOLAB', B_CAMPAIGN],
    ['Bộ Lao động', 'campaign', 0.5, undefined, B_CAMPAIGN],
    ['Đại sứ quán Anh', 'campaign', 0.5, undefined, B_CAMPAIGN],
    ['chiến dịch', 'campaign', 0.4, undefined, B_CAMPAIGN],
    ['tuyên truyền', 'campaign', 0.6, undefined, B_CAMPAIGN],
    ['nâng cao nhận thức', 'campaign', 0.7, undefined, B_CAMPAIGN],
    ['di cư an toàn', 'campaign', 0.7, undefined, B_CAMPAIGN],
    ['di cư hợp pháp', 'campaign', 0.6, undefined, B_CAMPAIGN],
    ['con đường hợp pháp', 'campaign', 0.6, undefined, B_CAMPAIGN],
  ]),

  // ───────────────────────────── negative context: legal ─────────────────────────────
  ...define('vi', SRC, [
    ['luật sư', 'legal', 0.5, undefined, B_FP],
    ['xin tị nạn', 'legal', 0.5, 'fake-asylum sellers too', B_FP],
    ['tị nạn', 'legal', 0.35, undefined, B_FP],
    ['tư vấn pháp lý', 'legal', 0.5, undefined, B_FP],
    ['kháng cáo', 'legal', 0.5, undefined, B_FP],
    ['cho em hỏi', 'legal', 0.35, 'people asking for information', B_FP],
    ['mọi người cho hỏi', 'legal', 0.4, 'people asking for information', B_FP],
  ]),

  // ───────────────────────────── negative context: legit ─────────────────────────────
  ...define('vi', SRC, [
    ['xuất khẩu lao động', 'legit', 0.35, 'LEGIT look-alike: licensed labour export; smugglers mimic it', B_LABOUR],
    ['XKLĐ', 'legit', 0.3, 'labour export abbreviation; smugglers mimic it', B_LABOUR],
    ['được cấp phép', 'legit', 0.7, 'scammers may claim it', B_LABOUR],
    ['số giấy phép', 'legit', 0.7, undefined, B_LABOUR],
    ['giấy phép hoạt động', 'legit', 0.6, undefined, B_LABOUR],
    ['doanh nghiệp được cấp phép', 'legit', 0.8, undefined, B_LABOUR],
    ['đưa người lao động đi làm việc ở nước ngoài', 'legit', 0.8, 'statutory licence wording (Law 69/2020)', B_LABOUR],
    ['thực tập sinh', 'legit', 0.5, 'Japan TITP trainees', B_LABOUR],
    ['hợp đồng lao động', 'legit', 0.4, undefined, B_LABOUR],
    ['theo quy định', 'legit', 0.5, undefined, B_FP],
    ['minh bạch', 'legit', 0.5, undefined, B_FP],
    ['hợp pháp', 'legit', 0.3, 'scammers also claim it', B_FP],
    ['đoàn tụ gia đình', 'legit', 0.5, undefined, B_FP],
    ['visa đoàn tụ', 'legit', 0.5, undefined, B_FP],
    ['đã được duyệt', 'legit', 0.3, undefined, B_FP],
    ['tour du lịch', 'legit', 0.4, undefined, B_FP],
    ['vé máy bay', 'legit', 0.3, undefined, B_FP],
    ['khách sạn', 'legit', 0.3, undefined, B_FP],
    ['điều khoản hợp đồng', 'legit', 0.6, undefined, B_FP],
    ['hồ sơ visa', 'legit', 0.3, undefined, B_FP],
    ['đăng kiểm', 'legit', 0.6, 'registered boat/vehicle for sale', B_FP],
    ['đánh bắt', 'legit', 0.5, 'fishing', B_FP],
    ['có thương lượng', 'legit', 0.4, 'marketplace "negotiable"', B_FP],
    ['lịch tàu', 'legit', 0.5, 'ferry/train timetable', B_FP],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  ...places('vi', B_PLACES, [
    // United Kingdom (bare "Anh" = elder brother/you: compounds only)
    ['nước Anh', 'GB'], ['Vương quốc Anh', 'GB'], ['Anh Quốc', 'GB'], ['sang Anh', 'GB'], ['qua Anh', 'GB'], ['đi Anh', 'GB'],
    ['tới Anh', 'GB'], ['đến Anh', 'GB'], ['ở Anh', 'GB'], ['bên Anh', 'GB'], ['Luân Đôn', 'GB'], ['Scotland', 'GB'],
    // France (bare "Pháp" occurs in hợp pháp / pháp luật)
    ['nước Pháp', 'FR'], ['sang Pháp', 'FR'], ['qua Pháp', 'FR'], ['đi Pháp', 'FR'], ['từ Pháp', 'FR'], ['ở Pháp', 'FR'],
    ['bên Pháp', 'FR'], ['Pa-ri', 'FR'], ['Calais', 'FR'],
    // Germany (bare "Đức" is a given name / "virtue")
    ['nước Đức', 'DE'], ['sang Đức', 'DE'], ['qua Đức', 'DE'], ['đi Đức', 'DE'], ['ở Đức', 'DE'], ['bên Đức', 'DE'], ['CHLB Đức', 'DE'],
    // Italy (bare "Ý" = idea)
    ['nước Ý', 'IT'], ['sang Ý', 'IT'], ['đi Ý', 'IT'], ['Italia', 'IT'],
    // USA (bare "Mỹ" folds to English "my")
    ['nước Mỹ', 'US'], ['sang Mỹ', 'US'], ['qua Mỹ', 'US'], ['đi Mỹ', 'US'], ['Hoa Kỳ', 'US'],
    // Belgium, Russia, Austria, Laos, Japan, Australia: compounds only
    ['nước Bỉ', 'BE'], ['sang Bỉ', 'BE'], ['qua Bỉ', 'BE'], ['từ Bỉ', 'BE'],
    ['nước Nga', 'RU'], ['sang Nga', 'RU'], ['Liên bang Nga', 'RU'], ['Mát-xcơ-va', 'RU'],
    ['nước Áo', 'AT'], ['nước Lào', 'LA'], ['sang Lào', 'LA'], ['Nhật Bản', 'JP'], ['sang Nhật', 'JP'], ['đi Nhật', 'JP'],
    ['nước Úc', 'AU'], ['sang Úc', 'AU'], ['đi Úc', 'AU'],
    ['Ba Lan', 'PL'], ['Hà Lan', 'NL'], ['Tây Ban Nha', 'ES'], ['Bồ Đào Nha', 'PT'], ['Hy Lạp', 'GR'], ['Thổ Nhĩ Kỳ', 'TR'],
    ['Cộng hòa Séc', 'CZ'], ['Hungary', 'HU'], ['Rumani', 'RO'], ['Ru-ma-ni', 'RO'], ['Serbia', 'RS'],
    ['Bosnia', 'BA'], ['Belarus', 'BY'], ['Ukraina', 'UA'], ['Đan Mạch', 'DK'], ['Na Uy', 'NO'], ['Thụy Điển', 'SE'], ['Thụy Sĩ', 'CH'],
    ['Ai-len', 'IE'], ['Bắc Ai-len', 'GB'],
    ['châu Âu', 'EU'], ['khối Schengen', 'EU'],
    ['Trung Quốc', 'CN'], ['Hàn Quốc', 'KR'], ['Đài Loan', 'TW'], ['Campuchia', 'KH'], ['Thái Lan', 'TH'], ['Ma-lai-xi-a', 'MY'],
    ['Ả Rập Xê Út', 'SA'], ['Các Tiểu vương quốc Ả Rập', 'AE'],
    ['Việt Nam', 'VN'], ['Hà Nội', 'VN'], ['Nghệ An', 'VN'], ['Hà Tĩnh', 'VN'], ['Quảng Bình', 'VN'], ['Hải Phòng', 'VN'],
    ['Sài Gòn', 'VN'], ['Hồ Chí Minh', 'VN'],
  ]),
  // ── probe-set generalisation (2026-12) ──
  ...define('vi', SRC, [
    ['có trên hệ thống', 'documents', 0.8, '"exists in the system"'],
    ['trên hệ thống', 'documents', 0.35],
    ['bao qua kiểm tra', 'guarantee', 0.6],
    ['làm hộ chiếu', 'documents', 0.35, 'legit passport services too'],
  ]),
  // ── obfuscation-probe generalisation (2026-12): romanised, Arabizi and mixed-style forms ──
  ...define('vi', B_PAY, [
    ['trả tiền khi đến nơi', 'guarantee', 0.85],
    ['trả tiền khi tới nơi', 'guarantee', 0.85],
    ['đến nơi mới trả tiền', 'guarantee', 0.85],
    ['tới nơi mới trả tiền', 'guarantee', 0.85],
    ['đến nơi trả tiền', 'guarantee', 0.8],
    ['trả tiền sau', 'guarantee', 0.45, 'instalment shops too'],
  ]),
  ...define('vi', B_VIP, [
    ['đi VIP sang Anh', 'offer', 0.85, '"VIP" route to the UK (flight, passport, lawyer)'],
    ['đi VIP qua Anh', 'offer', 0.85],
    ['gói VIP sang Anh', 'offer', 0.85],
    ['gói VIP đi Anh', 'offer', 0.85],
  ]),
  ...define('vi', B_FP, [
    ['nạp thẻ', 'legit', 0.45, 'game / phone top-up'],
    ['nạp qua', 'legit', 0.35, 'game / wallet top-up'],
    ['nạp game', 'legit', 0.5],
    ['game mới', 'legit', 0.3],
  ]),
];
