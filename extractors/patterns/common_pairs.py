"""Pairs of neighbouring words that Vietnamese plans and directives write often, with their marks:
what OCR'd text is corrected against when Tesseract misreads a word's marks the same way all
through a document ("bỗ sung", "tô chức", "thành phô"), so that the document's own spelling
(ocr_consensus) cannot outvote the error.

MADE BY patterns/make_common_pairs.py (do not edit by hand: change its rule and run it again),
from 140 born-digital texts (dev documents, real texts, seeds; not the gold files, not the
scans): pairs of two Vietnamese syllables that at least 3 documents write, whose letters without
marks no other pair with different marks shares in more than 1/5 as many documents; pairs
without any mark are left out (nothing to correct), and so are pairs with a function word ("cho",
"của", "đó"...): "diện cho" (đại diện cho) must not correct "điện cho", nor "qua đó" "quả do";
and pairs written in people's names in more than 1/2 of their uses ("Văn Cường").
Separated by "|" to keep the table short.
"""

_WRITTEN_OFTEN = tuple(
    (
        "an toàn|anh hùng|ban bí|ban bầu|ban chấp|ban cán|ban công|ban giám|ban hành|ban kiểm|ban lãnh|ban mặt|"
        "ban ngành|ban nhân|ban quốc|ban thư|ban thường|ban tuyên|ban tổ|ban văn|ban xây|biên bản|biên chế|"
        "biên giới|biên soạn|biên tập|biến luật|biến mạnh|biến thông|biến tích|biến đổi|biết ơn|biển đảo|biểu dương|"
        "biểu dự|biểu hiện|biểu hội|biểu mẫu|biểu năm|biểu quyết|biểu quốc|biểu tham|biểu thuộc|biểu toàn|"
        "biểu tượng|biểu đoàn|biểu đại|biểu đạt|biện pháp|biện xã|biệt khó|biệt quan|buổi lễ|buổi sinh|buổi tuyên|"
        "buổi tọa|bà rịa|bà triệu|bà trưng|bài dự|bài học|bài phản|bài thi|bài tuyên|bài viết|bàn bạc|bàn tỉnh|"
        "bàn xã|bày tỏ|bá sản|bác hồ|bác lòng|bách khoa|bám sát|bán hàng|bán kết|bán lẻ|báo chí|báo cáo|báo in|"
        "báo kịp|báo thanh|báo điện|báo địa|bãi bỏ|bên cạnh|bình chọn|bình dương|bình quân|bình thuận|bình xét|"
        "bình đẳng|bình định|bí thư|bóng đá|bưu chính|bưu điện|bước cải|bước dưới|bước đầu|bạc liêu|bạn bè|bạn trẻ|"
        "bạo lực|bản gốc|bản gửi|bản hoàn|bản hướng|bản hội|bản liên|bản lĩnh|bản nhạc|bản quy|bản quyền|bản sắc|"
        "bản thân|bản tin|bản điều|bảng tổng|bảo an|bảo chất|bảo hiểm|bảo hoàn|bảo mật|bảo nguyên|bảo quy|bảo quyền|"
        "bảo thiết|bảo thực|bảo tàng|bảo tính|bảo tồn|bảo tổ|bảo vệ|bảo yêu|bảo đúng|bảo đảm|bảy tình|bất cứ|"
        "bất khả|bất kỳ|bầu bổ|bầu cử|bắc giang|bắc kạn|bắc ninh|bắt buộc|bắt dư|bắt tâm|bắt tình|bắt đầu|bằng cách|"
        "bằng hình|bằng khen|bằng nhau|bằng nhiều|bằng phiếu|bằng tiếng|bằng văn|bến tre|bền vững|bệnh binh|"
        "bệnh tật|bệnh viện|bỏ phiếu|bố cục|bố kết|bố trí|bốc thăm|bối cảnh|bồi dưỡng|bồi thường|bồi đắp|bổ nguồn|"
        "bổ nhiệm|bổ sung|bổ ích|bộ chính|bộ chủ|bộ công|bộ giáo|bộ hệ|bộ hội|bộ khoa|bộ lao|bộ làm|bộ lãnh|bộ máy|"
        "bộ ngành|bộ nông|bộ nội|bộ phải|bộ phận|bộ phụ|bộ quá|bộ quốc|bộ sản|bộ tham|bộ thông|bộ tiêu|bộ trưởng|"
        "bộ trẻ|bộ trực|bộ tư|bộ tỉnh|bộ văn|bộ xây|bộ y|bộ đoàn|bộ đội|bộ ứng|bức xúc|ca khúc|ca ngợi|cai tổ|"
        "cam kết|can thiệp|cao chất|cao hiệu|cao hơn|cao kiến|cao kỹ|cao nhất|cao nhận|cao năng|cao thể|cao trách|"
        "cao trình|cao tuổi|cao ý|cao điểm|cao đẳng|cao đẹp|chi bộ|chi hội|chi nhánh|chi phí|chi tiết|chi đoàn|"
        "chia làm|chia sẻ|chia thành|chiến binh|chiến chống|chiến dịch|chiến lược|chiến sĩ|chiến sỹ|chiến thắng|"
        "chiến đấu|chiều sâu|chu đáo|chung cuộc|chung kết|chuyên gia|chuyên môn|chuyên mục|chuyên nghiệp|"
        "chuyên ngành|chuyên sâu|chuyên trách|chuyên viên|chuyên đề|chuyển biến|chuyển giao|chuyển khoản|"
        "chuyển sang|chuyển sinh|chuyển đổi|chuyện chuyên|chuyện đẹp|chuẩn chức|chuẩn cụ|chuẩn hóa|chuẩn kỹ|"
        "chuẩn mực|chuẩn đại|chuẩn ứng|chuỗi hoạt|chào mừng|chánh văn|cháu ngoan|chênh lệch|chí bí|chí công|"
        "chí hoàng|chí lãnh|chí nguyễn|chí phó|chí tham|chí thuộc|chí tự|chí viết|chí võ|chí xây|chí đánh|chính cấp|"
        "chính phủ|chính quyền|chính sách|chính thống|chính thức|chính trị|chính viễn|chính xác|chính đáng|"
        "chú trọng|chú ý|chúng ta|chăm lo|chăm sóc|chăn nuôi|chơi bổ|chơi giải|chương i|chương trình|chương vi|"
        "chương xi|chấm giải|chấm điểm|chấn chỉnh|chấp hành|chất lượng|chất đạo|chậm nhất|chậm tiến|chắc tình|"
        "chặt chẽ|chế biến|chế chính|chế cán|chế dân|chế giao|chế hoạt|chế làm|chế phối|chế quản|chế số|chế thi|"
        "chế tài|chế tổ|chế xuất|chế độ|chỉ huy|chỉ số|chỉ thị|chỉ tiêu|chỉ tiếp|chỉ đạo|chỉnh cơ|chịu trách|"
        "chọn danh|chọn nhiều|chọn nhân|chọn phương|chọn trực|chọn địa|chống bạo|chống dịch|chống lãng|chống ma|"
        "chống mỹ|chống phá|chống tham|chống tệ|chống tội|chống đuối|chủ chốt|chủ nghĩa|chủ nhiệm|chủ nhật|"
        "chủ quyền|chủ thể|chủ trì|chủ trương|chủ tịch|chủ tọa|chủ yếu|chủ đề|chủ động|chức bình|chức bầu|chức bộ|"
        "chức chiến|chức chính|chức chương|chức cuộc|chức công|chức diễn|chức giao|chức giám|chức giải|chức hiệp|"
        "chức hoạt|chức hành|chức học|chức hội|chức khác|chức kinh|chức kiểm|chức kỷ|chức liên|chức lấy|chức lễ|"
        "chức lực|chức ngày|chức nhiều|chức năng|chức phi|chức phát|chức phải|chức phổ|chức phụ|chức quốc|chức rà|"
        "chức sinh|chức sơ|chức sắc|chức thi|chức thiết|chức thành|chức thông|chức thường|chức thực|chức tiếp|"
        "chức toàn|chức trao|chức triển|chức trách|chức trại|chức trẻ|chức tuyên|chức tập|chức tốt|chức tổng|"
        "chức việc|chức vụ|chức xây|chức xã|chức ít|chức đoàn|chức đại|chức đảng|chức đợt|chứng chỉ|chứng lịch|"
        "chứng minh|chứng nhận|chữa bệnh|coi trọng|com trước|con dấu|con người|con đường|cung ứng|cuối năm|cuộc bầu|"
        "cuộc cách|cuộc họp|cuộc kháng|cuộc sống|cuộc thi|cuộc vận|cuộc xây|cà mau|cài đặt|càng cao|càng nhiều|"
        "cá nhân|cách hành|cách hồ|cách làm|cách mạng|cách thủ|cách thức|cách truy|cách tính|cán bộ|cáo ban|"
        "cáo chính|cáo cấp|cáo gửi|cáo kết|cáo kịp|cáo tóm|cáo tổng|cáo viên|cáo định|cân đối|câu chuyện|câu hỏi|"
        "câu lạc|câu trả|cây xanh|công an|công báo|công bằng|công bố|công chủ|công chức|công cuộc|công cán|"
        "công cộng|công cụ|công dân|công khai|công lao|công lập|công nghiệp|công nghệ|công nhiệm|công trình|"
        "công trực|công ty|công tác|công viên|công việc|công văn|công vụ|công đoàn|công đại|căn cứ|căn dặn|cơ bản|"
        "cơ cao|cơ chế|cơ cấu|cơ hội|cơ quan|cơ sở|cư trú|cương vị|cường chuyển|cường chỉ|cường công|cường dân|"
        "cường giáo|cường kiểm|cường lực|cường phối|cường rèn|cường sự|cường tham|cường tổ|cường xây|cường ứng|"
        "cạnh tranh|cạnh việc|cả giai|cả hệ|cả người|cả nước|cải cách|cải thiện|cải tiến|cải tạo|cảm hứng|cảm nhận|"
        "cảm xúc|cảnh báo|cảnh cuộc|cảnh khó|cảnh quan|cấp bách|cấp bộ|cấp dưới|cấp dịch|cấp giấy|cấp huyện|"
        "cấp mình|cấp nhiệm|cấp phát|cấp phép|cấp quyết|cấp quản|cấp quốc|cấp thiết|cấp thôn|cấp thông|cấp thẻ|"
        "cấp tiến|cấp trung|cấp trường|cấp trực|cấp tài|cấp tỉnh|cấp tổ|cấp xã|cấp đầy|cấp địa|cấp ủy|cấu giải|"
        "cấu hạ|cần nghiên|cần phải|cần thiết|cần thơ|cần đảm|cầu học|cầu nhiệm|cầu phát|cầu sử|cầu thực|cầu đầu|"
        "cẩm nang|cập nhật|cố gắng|cống hiến|cốt chính|cổ vũ|cổ động|cổng thông|cổng tri|cổng trường|cộng hòa|"
        "cộng sản|cộng đồng|cột cờ|cụ thể|cục chính|cục công|cụm công|cụm thi|cứ chương|cứ công|cứ hướng|cứ kế|"
        "cứ kết|cứ luật|cứ nghị|cứ nội|cứ quy|cứ quyết|cứ điều|cứu bổ|cứu khoa|cứu nước|cử chủ|cử cán|cử gửi|"
        "cử phải|cử quốc|cử thuộc|cử tri|cử tổ|cử xã|cử đang|cử đại|cử đảm|cử đối|cực hưởng|cực học|cực nghiên|"
        "cực tham|cực triển|cực tuyên|cực xây|cựu chiến|danh hiệu|danh mục|danh nhân|danh phó|danh sách|danh ủy|"
        "di chuyển|di chúc|di tích|di động|diêm nghiệp|diễn đàn|diện ban|diện hộ|diện lãnh|diện nhóm|diện thường|"
        "diện tích|diện ủy|doanh nghiệp|doanh nhân|du lịch|dung cụ|dung kiểm|dung nêu|dung sửa|dung triển|"
        "dung tuyên|duy trì|duyệt đề|dài hạn|dàn dựng|dân bảo|dân chủ|dân phố|dân ta|dân tích|dân tỉnh|dân tốt|"
        "dân tộc|dân việt|dân vận|dân xã|dân đồng|dây nóng|dư luận|dương danh|dương học|dưới cờ|dưới dạng|dưới hình|"
        "dưới sự|dưỡng cán|dưỡng kiến|dưỡng kỹ|dưỡng lý|dưỡng nghiệp|dạy nghề|dấu hiệu|dẫn chương|dẫn dắt|"
        "dẫn nghiệp|dẫn người|dẫn quy|dẫn triển|dẫn tổ|dẫn việc|dẫn xây|dẫn đầu|dịch bệnh|dịch thanh|dịch truyền|"
        "dịch tình|dịch việc|dịch vụ|dịp kỷ|dục chính|dục kỹ|dục lòng|dục lý|dục nghề|dục pháp|dục thanh|dục thiếu|"
        "dục thường|dục truyền|dục đoàn|dụng dịch|dụng khoa|dụng lao|dụng nguồn|dụng ưu|dữ liệu|dự báo|dự cuộc|"
        "dự giải|dự hội|dự kiến|dự lễ|dự thi|dự thảo|dự toán|dự vòng|dự án|dựng báo|dựng bộ|dựng hạ|dựng hệ|dựng kế|"
        "dựng lực|dựng mô|dựng nông|dựng phương|dựng tổ|dựng văn|dựng đoàn|dựng đô|dựng đảng|em thiếu|em thân|"
        "ghi chép|ghi chú|ghi nhận|ghi rõ|ghi tên|ghép tuyên|gia bình|gia bảo|gia chiến|gia chương|gia cuộc|gia dự|"
        "gia giải|gia góp|gia hành|gia hưởng|gia hỗ|gia hội|gia năm|gia phát|gia sản|gia tích|gia vòng|gia xây|"
        "gia đình|giai đoạn|gian bình|gian công|gian diễn|gian hoàn|gian hàng|gian học|gian khổ|gian mạng|gian phát|"
        "gian thực|gian tiến|gian triển|gian tổ|gian tới|giao dịch|giao lưu|giao nhiệm|giao năm|giao thông|"
        "giao tiếp|giao văn|giàu lòng|giàu mạnh|giá chung|giá chất|giá kết|giá mức|giá toàn|giá trị|giá việc|"
        "giá xếp|giám hiệu|giám khảo|giám sát|giám đốc|giáo dục|giáo trung|giáo viên|giúp họ|giúp người|giúp pháp|"
        "giúp việc|giúp đoàn|giúp đỡ|giơ tay|giải ba|giải cao|giải cuộc|giải cá|giải khuyến|giải ngân|giải nhì|"
        "giải nhất|giải pháp|giải phụ|giải quyết|giải thích|giải thưởng|giải thể|giải tập|giải đáp|giảm nghèo|"
        "giảm thiểu|giản dị|giảng viên|giấy chứng|giấy khen|giấy mời|giỏi toàn|giới thiệu|giới trẻ|giới tính|"
        "giữ gìn|giữ vững|gây khó|gìn trật|góp kinh|góp phần|góp sức|góp tích|góp ý|gương mẫu|gương người|"
        "gương sáng|gương thanh|gương điển|gương đạo|gần dân|gần gũi|gắn bó|gắn kết|gắn liền|gắn việc|gặp gỡ|"
        "gặp mặt|gặp nhiều|gọi chung|gọi tắt|gọn bộ|gỡ khó|gợi ý|gửi ban|gửi biên|gửi bài|gửi báo|gửi dự|gửi hồ|"
        "gửi kèm|gửi tham|gửi trực|gửi tác|hai bà|hiến pháp|hiểm thất|hiểm xã|hiểm y|hiểu biết|hiểu lịch|hiểu rõ|"
        "hiện bằng|hiện chiến|hiện chính|hiện chương|hiện chế|hiện chỉ|hiện chủ|hiện cuộc|hiện công|hiện cụ|"
        "hiện dân|hiện giám|hiện hiệu|hiện hoạt|hiện hành|hiện hướng|hiện hữu|hiện kiểm|hiện kế|hiện kết|hiện kịp|"
        "hiện luật|hiện nghiêm|hiện nghị|hiện nhiều|hiện nhiệm|hiện nội|hiện phong|hiện quy|hiện quyết|hiện rõ|"
        "hiện sắp|hiện sự|hiện thường|hiện thắng|hiện thực|hiện trạng|hiện tuyên|hiện tượng|hiện tốt|hiện việc|"
        "hiện ý|hiện đang|hiện điều|hiện đánh|hiện đúng|hiện đường|hiện đại|hiện đảm|hiện đầy|hiện đề|hiệp thanh|"
        "hiệp thương|hiệu lực|hiệu nhà|hiệu quả|hoa kỳ|hoa phượng|hoan văn|hoài bão|hoàn chỉnh|hoàn cảnh|hoàn kiếm|"
        "hoàn lương|hoàn thiện|hoàn thành|hoàn toàn|hoạch cán|hoạch công|hoạch cấp|hoạch cụ|hoạch giám|hoạch hoạt|"
        "hoạch hành|hoạch hóa|hoạch kiểm|hoạch phát|hoạch số|hoạch thực|hoạch tiếp|hoạch triển|hoạch tuyên|hoạch tổ|"
        "hoạt chi|hoạt chuyên|hoạt chính|hoạt dưới|hoạt đoàn|hoạt định|hoạt động|huy dân|huy giá|huy hiệu|huy tốt|"
        "huy đội|huy động|huyện trở|huyện đoàn|huấn kiến|huấn kỹ|huấn luyện|huấn nâng|hà giang|hà nam|hà nội|"
        "hà tĩnh|hàn quốc|hàng chính|hàng hóa|hàng nghìn|hàng thương|hàng ý|hành chính|hành chương|hành chỉ|"
        "hành công|hành hiệu|hành hướng|hành hội|hành kèm|hành kế|hành luật|hành mô|hành mới|hành nghiêm|hành nghị|"
        "hành pháp|hành quy|hành quyết|hành rà|hành thường|hành tiết|hành triển|hành trung|hành trình|hành vi|"
        "hành văn|hành xã|hành điều|hành đoàn|hành động|hào dân|hào tiến|hào tuổi|hào việt|hè xanh|hình chính|"
        "hình cụ|hình dân|hình dịch|hình hiện|hình hiệu|hình hoạt|hình hỗ|hình kinh|hình mẫu|hình mới|hình người|"
        "hình sản|hình tham|hình tiên|hình tiêu|hình triển|hình trí|hình tình|hình tổ|hình việt|hình điểm|hình đoàn|"
        "hình ảnh|hòa bình|hòa xã|hóa chất|hóa dân|hóa gia|hóa giao|hóa mới|hóa nghệ|hóa nghị|hóa tinh|hóa văn|"
        "hóa đọc|hôn nhân|hùng cách|hùng liệt|hút sự|hút đông|hơn nữa|hưng yên|hướng dư|hướng dẫn|hướng giáo|"
        "hướng nghiệp|hướng nhiệm|hướng tích|hướng tăng|hướng tư|hướng tới|hướng xây|hưởng ứng|hạ tầng|hại trẻ|"
        "hạn chế|hạn hoàn|hạnh phúc|hạt nhân|hải dương|hải phòng|hải đảo|hấp dẫn|hầu hết|hậu giang|hậu quả|hết hiệu|"
        "hết lòng|hết năm|hết tháng|hệ chặt|hệ công|hệ hữu|hệ sinh|hệ thanh|hệ thống|hệ trẻ|hệ đối|họ tên|học bổng|"
        "học công|học cơ|học hỏi|học kinh|học lý|học lực|học mác|học nghề|học phí|học phổ|học sinh|học thuật|"
        "học tiếng|học trung|học trước|học tập|học đường|học đạt|hỏi đáp|hồ dạy|hồ sơ|hỗ trợ|hộ gia|hộ nghèo|"
        "hội cháu|hội chủ|hội cấp|hội cựu|hội diễn|hội doanh|hội hóa|hội hướng|hội học|hội hội|hội khóa|hội liên|"
        "hội làm|hội nghị|hội nhập|hội nông|hội năm|hội phát|hội sinh|hội số|hội tham|hội thảo|hội thầy|hội trường|"
        "hội tổ|hội viên|hội việc|hội đoàn|hội đại|hội đồng|hợp báo|hợp bất|hợp chuẩn|hợp chặt|hợp cần|hợp danh|"
        "hợp hoạt|hợp kiểm|hợp kết|hợp lý|hợp người|hợp nhất|hợp pháp|hợp phát|hợp quốc|hợp số|hợp thanh|hợp thông|"
        "hợp thực|hợp triển|hợp trực|hợp tuyên|hợp tác|hợp tổ|hợp văn|hợp đảm|hợp đặc|hủ tục|hữu cơ|hữu nghị|"
        "hữu trí|hữu ích|in ấn|khai chương|khai cuộc|khai công|khai dự|khai hiệu|khai hoạt|khai hướng|khai hỗ|"
        "khai kế|khai mô|khai mạc|khai nghị|khai nhiều|khai phần|khai quyết|khai sâu|khai thành|khai thác|khai thực|"
        "khai tuyên|khai tổ|khai việc|khai xây|khai đồng|khai đợt|khen thưởng|khiếu nại|khoa học|khoản thanh|"
        "khoản thi|khoảng cách|khu chế|khu công|khu dân|khu lưu|khu nhà|khu phố|khu vực|khung giờ|khuyến khích|"
        "khuyết tật|khuyết điểm|khuôn khổ|khuôn viên|khác nhau|khách mời|khách quan|khái niệm|khái quát|khám chữa|"
        "kháng chiến|kháng sân|khánh hòa|khánh nước|khánh thành|khát vọng|khí hậu|khích lệ|khích đoàn|khó khăn|"
        "khóa xi|khơi dậy|khả kháng|khả năng|khả thi|khảo sát|khấu hóa|khẩn trương|khẩu hiệu|khẩu lao|khắc phục|"
        "khắp cả|khẳng định|khỏe sinh|khỏe toàn|khối doanh|khối lượng|khối lực|khối phong|khối trường|khối đối|"
        "khổ chương|khởi nghiệp|kim đồng|kinh nghiệm|kinh phí|kinh tế|kiên quyết|kiên trì|kiên định|kiến chỉ|"
        "kiến giới|kiến nghị|kiến người|kiểm phiếu|kiểm soát|kiểm sát|kiểm tra|kiểm điểm|kiểu mẫu|kiện cần|"
        "kiện kinh|kiện lịch|kiện quan|kiện quy|kiện thuận|kiện tiếp|kiện toàn|kiện đại|kéo dài|kê khai|kênh thông|"
        "kênh truyền|kêu gọi|kích bảo|kích cách|kích thước|kích đi|kích động|kính gửi|kính đề|ký cam|ký hội|ký kết|"
        "ký thực|ký tên|kế hoạch|kế thừa|kế toán|kế tục|kết chương|kết cuộc|kết công|kết cấu|kết hợp|kết luận|"
        "kết năm|kết nạp|kết nối|kết quả|kết thúc|kết toàn|kết tập|kết việc|kể cả|kịch bản|kịp thời|kỳ họp|kỳ mới|"
        "kỳ tổ|kỳ đại|kỳ đẩy|kỷ cương|kỷ luật|kỷ niệm|kỹ năng|kỹ thuật|lai châu|lan tỏa|lao động|linh hoạt|"
        "liên hiệp|liên hoan|liên hệ|liên hợp|liên kết|liên lạc|liên minh|liên quan|liên thông|liên tịch|liên tục|"
        "liên đoàn|liên đội|liệt kê|liệt sĩ|liệt sỹ|liệu dành|liệu khác|liệu liên|liệu phục|liệu quốc|liệu sinh|"
        "lo xây|lo đời|loại hình|loại rác|loại văn|luyện thể|luyện tác|luyện đoàn|luyện đạo|luyện đội|luân chuyển|"
        "luận chính|luận số|luận trẻ|luận xã|luận điểm|luận điệu|luật an|luật ban|luật bầu|luật công|luật hiện|"
        "luật hỗ|luật khiếu|luật liên|luật mặt|luật ngân|luật phòng|luật quy|luật số|luật sửa|luật thanh|luật thực|"
        "luật trẻ|luật việt|luật đoàn|luật định|làm chủ|làm công|làm hiệu|làm kinh|làm lễ|làm mới|làm người|làm rõ|"
        "làm sáng|làm thêm|làm tốt|làm việc|làm đầu|làng thanh|lành mạnh|lào cai|lái xe|lâm nghiệp|lâm đồng|lân cận|"
        "lâu dài|lãng phí|lãnh tụ|lãnh đạo|lòng ta|lòng tự|lòng yêu|lôi cuốn|lúng túng|lý cán|lý hồ|lý khu|lý kịp|"
        "lý luận|lý lịch|lý nghiêm|lý nhà|lý sử|lý tài|lý tưởng|lý điều|lý đoàn|lý đơn|lĩnh chính|lĩnh vực|lưu niệm|"
        "lưu văn|lưu ý|lưu đối|lương minh|lược phát|lược quốc|lượng bài|lượng cao|lượng chuyên|lượng chức|lượng cán|"
        "lượng công|lượng giáo|lượng hoạt|lượng người|lượng sinh|lượng tham|lượng tác|lượng tổ|lượng vũ|lượng đoàn|"
        "lượng đại|lượt bình|lượt xem|lượt đoàn|lạc bộ|lạc hậu|lạng sơn|lấy ý|lần lượt|lần so|lần thứ|lần trả|"
        "lẫn nhau|lập ban|lập biên|lập chi|lập câu|lập danh|lập dân|lập hồ|lập hội|lập kế|lập nghiệp|lập thân|"
        "lập trực|lập tổ|lập ít|lập đoàn|lập đảng|lập đội|lề lối|lễ công|lễ lớn|lễ phát|lễ trao|lễ trưởng|lễ tuyên|"
        "lệ cuộc|lệ cán|lệ người|lệ đoàn|lịch cộng|lịch sử|lối công|lối sống|lồng ghép|lộ trình|lớn lao|lớn nhất|"
        "lớp bồi|lớp học|lớp nhân|lớp tập|lời bác|lời bằng|lời câu|lợi nhiệm|lợi xã|lợi ích|lục kèm|lựa chọn|"
        "lực chuyển|lực cạnh|lực học|lực hỗ|lực hội|lực kể|lực lượng|lực ngoại|lực quản|lực thi|lực trung|lực tốt|"
        "lực xã|lực đầu|ma túy|mang tính|minh báo|minh bạch|minh chứng|minh gắn|minh hà|minh họa|minh khóa|"
        "minh luôn|minh lần|minh nhiệm|minh phối|minh thành|minh thông|minh toàn|minh tổ|minh viết|minh xây|"
        "miền bắc|miền nam|miền núi|miễn phí|mong muốn|máy móc|máy tính|mình trước|mô hình|mô tả|môi trường|"
        "môn khoa|môn nghiệp|môn thể|mùa hè|mùa đông|măng non|mưu ban|mưu chỉ|mưu công|mưu cấp|mưu giúp|mưu triển|"
        "mưu tăng|mưu tổ|mưu tổng|mưu xây|mưu ủy|mạng công|mạng lưới|mạng tháng|mạng việt|mạng xã|mạnh công|"
        "mạnh học|mạnh mẽ|mạnh triển|mạnh tuyên|mạnh việc|mạnh xây|mất việc|mầm non|mẫu chấp|mẫu số|mẫu thanh|"
        "mật thiết|mặt bằng|mặt trận|mềm quản|mềm thi|mối quan|mới sáng|mở rộng|mục tiêu|mục đích|mức sống|mức độ|"
        "mừng kỷ|mừng đại|mỹ cứu|nam bộ|nam cấp|nam giới|nam lần|nam phát|nam thời|nam xã|nam định|nam độc|nghe ý|"
        "nghiêm chỉnh|nghiêm cấm|nghiêm khắc|nghiêm túc|nghiên cứu|nghiệm thực|nghiệp bảo|nghiệp cách|nghiệp công|"
        "nghiệp cấp|nghiệp giáo|nghiệp hóa|nghiệp ngoài|nghiệp nhỏ|nghiệp sáng|nghiệp tham|nghiệp trung|nghiệp tỉnh|"
        "nghiệp vụ|nghiệp xây|nghiệp ứng|nghèo bền|nghìn tỷ|nghĩa anh|nghĩa lịch|nghĩa mác|nghĩa thiết|nghĩa trang|"
        "nghĩa việt|nghĩa vụ|nghĩa xã|nghề nghiệp|nghệ an|nghệ cao|nghệ sĩ|nghệ số|nghệ sỹ|nghệ thuật|nghệ thông|"
        "nghệ thực|nghị ban|nghị cấp|nghị cử|nghị hiệp|nghị liên|nghị lấy|nghị lần|nghị lực|nghị quyết|nghị thảo|"
        "nghị tiếp|nghị toàn|nghị triển|nghị trực|nghị tập|nghị xem|nghị xét|nghị đúng|nghị định|nghị ủy|ngoan bác|"
        "ngoài nhà|ngoài nước|ngoài quy|ngoài trời|ngoài đoàn|ngoại ngữ|nguy cơ|nguy hiểm|nguyên nhân|nguyên tắc|"
        "nguyên đán|nguyện hè|nguyện mùa|nguyện tham|nguyện viên|nguyện vọng|nguồn cung|nguồn cán|nguồn kinh|"
        "nguồn lực|nguồn ngân|nguồn nhân|nguồn nước|nguồn tư|nguồn vốn|nguồn xã|ngành giáo|ngành liên|ngành nghề|"
        "ngành nông|ngành trung|ngành tỉnh|ngày ban|ngày bầu|ngày chủ|ngày càng|ngày công|ngày giải|ngày hiệu|"
        "ngày hội|ngày kể|ngày làm|ngày lễ|ngày sinh|ngày thành|ngày tháng|ngày thứ|ngày truyền|ngày đoàn|ngân hàng|"
        "ngân sách|ngôi sao|ngăn chặn|ngăn ngừa|ngũ báo|ngũ cán|ngư nghiệp|người chiến|người chỉ|người chủ|"
        "người công|người dân|người khác|người ký|người lao|người mới|người phụ|người sử|người tham|người thân|"
        "người thợ|người thực|người tiếp|người tốt|người tự|người yêu|người đi|người đại|người đứng|người ứng|"
        "ngẫu nhiên|ngắn gọn|ngắn thời|ngừng đổi|nhanh chóng|nhanh nhất|nhanh tiến|nhi cấp|nhi hiểu|nhi nâng|"
        "nhi năm|nhi thực|nhi tiêu|nhi việt|nhi đồng|nhiều chương|nhiều hoạt|nhiều hình|nhiều hơn|nhiều khó|"
        "nhiều lần|nhiều mặt|nhiều người|nhiều nhất|nhiều năm|nhiều phương|nhiều tác|nhiều ý|nhiều địa|nhiều đổi|"
        "nhiễm môi|nhiệm công|nhiệm kỳ|nhiệm lập|nhiệm nêu|nhiệm phối|nhiệm quản|nhiệm thi|nhiệm thực|nhiệm triển|"
        "nhiệm trước|nhiệm vụ|nhiệm xây|nhiệm đối|nhiệm ủy|nhiệt huyết|nhu cầu|nhà báo|nhà lãnh|nhà lưu|nhà máy|"
        "nhà nước|nhà thiếu|nhà trường|nhà trọ|nhà văn|nhà đầu|nhân chủ|nhân dân|nhân dịp|nhân kỷ|nhân lực|"
        "nhân rộng|nhân sự|nhân tiêu|nhân trẻ|nhân tố|nhân viên|nhân vật|nhìn chung|nhóm dự|nhóm học|nhóm tham|"
        "nhóm thanh|nhóm tuổi|nhóm tác|nhóm đối|nhấn mạnh|nhất cao|nhất ngày|nhất trung|nhất việc|nhất đất|"
        "nhận bằng|nhận giải|nhận hồ|nhận kết|nhận thông|nhận thức|nhận xét|nhận ủy|nhập bình|nhập khẩu|nhập quốc|"
        "nhập tốt|nhật thông|nhật xanh|nhỏ tuổi|nhớ nguồn|ninh bình|ninh chính|ninh mạng|ninh quốc|ninh thuận|"
        "ninh trật|ninh tổ|niêm yết|niên bộ|niên cấp|niên cần|niên dân|niên hiện|niên hoàn|niên học|niên khuyết|"
        "niên khởi|niên làm|niên lập|niên nói|niên nông|niên năm|niên phát|niên phải|niên quân|niên rèn|niên sử|"
        "niên tham|niên thường|niên thực|niên toàn|niên trung|niên trước|niên trường|niên tình|niên tích|niên việt|"
        "niên xung|niên xuất|niên yếu|niên đạt|niềm tin|niệm ngày|niệm quan|non sông|nâng cao|nâng cấp|nêu cao|"
        "nêu gương|nêu rõ|nêu tóm|nòng cốt|nói chung|nói chuyện|nói riêng|nói việt|nói đi|nông dân|nông nghiệp|"
        "nông thôn|năm cách|năm ngày|năm sinh|năm tiếp|năm trước|năm đầu|năng hội|năng khởi|năng làm|năng lượng|"
        "năng lực|năng nhiệm|năng suất|năng sống|năng thực|năng trẻ|năng xử|nơi ban|nơi công|nơi cư|nơi làm|"
        "nơi người|nơi nhận|nước cộng|nước dưới|nước ngoài|nước nhà|nước nhớ|nước năm|nước phồn|nước sạch|nước ta|"
        "nước tham|nước đối|nạn thương|nạn xã|nạp đoàn|nạp đảng|nắm bắt|nắm chắc|nặng nề|nến tri|nếp sống|nền tảng|"
        "nổi bật|nổi tiếng|nỗ lực|nội bộ|nội chính|nội dung|nội vụ|nộp hồ|nộp trực|phi chính|phim ngắn|phiếu kín|"
        "phiếu lấy|phiếu tín|phong bì|phong cách|phong phú|phong trào|phá hoại|pháp công|pháp cấp|pháp hỗ|pháp luật|"
        "pháp lý|pháp nâng|pháp phát|pháp phòng|pháp tháo|pháp tuyên|pháp ứng|phát biểu|phát hiện|phát huy|"
        "phát hành|phát phiếu|phát sinh|phát sóng|phát thanh|phát triển|phát động|phân bổ|phân công|phân cấp|"
        "phân loại|phân quyền|phân tán|phân tích|phân định|phê bình|phê duyệt|phê phán|phí bảo|phí hiện|phí hoạt|"
        "phí hỗ|phí hợp|phí thực|phí tổ|phí ăn|phòng chính|phòng chống|phòng ngừa|phòng quốc|phòng thuộc|"
        "phòng trung|phòng đảng|phòng ủy|phó bí|phó chánh|phó chủ|phóng dân|phóng miền|phóng mặt|phóng sự|"
        "phóng viên|phù hợp|phú thọ|phú yên|phúc lương|phương châm|phương hướng|phương kịp|phương ngày|phương pháp|"
        "phương thức|phương tiện|phương án|phượng đỏ|phạm luật|phạm pháp|phạm quy|phạm vi|phải chỉ|phải chịu|"
        "phải ghi|phải hoàn|phải luôn|phải làm|phải tham|phải thông|phải thường|phải thực|phải tích|phải tăng|"
        "phải tổ|phải đi|phải đóng|phải đảm|phản biện|phản bác|phản ánh|phấn đấu|phần bảo|phần dự|phần giáo|"
        "phần lớn|phần mềm|phần nâng|phần phát|phần thi|phần thứ|phần tạo|phần việc|phần xây|phần đại|phẩm báo|"
        "phẩm chất|phẩm dự|phẩm gửi|phẩm sáng|phẩm tham|phẩm truyền|phẩm tuyên|phẩm đạt|phỏng vấn|phố hà|phố hải|"
        "phố hồ|phố trực|phố tổ|phối hoạt|phối hợp|phồn vinh|phổ biến|phổ cập|phổ thông|phụ cấp|phụ lục|phụ nữ|"
        "phụ thuộc|phụ trách|phục hồi|phục vụ|phủ ban|phủ ngày|phủ phê|phủ quy|phủ điện|phức tạp|quan biết|quan báo|"
        "quan chuyên|quan chịu|quan chủ|quan chức|quan giới|quan hành|quan hệ|quan liên|quan liêu|quan nhà|"
        "quan phối|quan sát|quan thuộc|quan thông|quan thường|quan thực|quan triển|quan tâm|quan xây|quan điểm|"
        "quan đoàn|quan đảng|quan ủy|quy chuẩn|quy chế|quy hoạch|quy mô|quy phạm|quy trình|quy định|quyết bằng|"
        "quyết công|quyết giới|quyết khiếu|quyết kịp|quyết liên|quyết liệt|quyết nghị|quyết số|quyết toán|quyết tâm|"
        "quyết việc|quyết đơn|quyết đại|quyết định|quyết đối|quyền ban|quyền biển|quyền cấp|quyền giải|quyền hạn|"
        "quyền khiếu|quyền liên|quyền lợi|quyền phê|quyền quyết|quyền quản|quyền sử|quyền tham|quyền tác|quyền xem|"
        "quyền địa|quá trình|quá tuổi|quán triệt|quân sự|quân đội|quê hương|quý i|quả biểu|quả bầu|quả cao|quả chỉ|"
        "quả cuộc|quả cụ|quả giải|quả giới|quả học|quả kết|quả lấy|quả quản|quả rà|quả sản|quả thực|quả triển|"
        "quả tích|quả tổ|quả vòng|quả đạt|quản lý|quản trị|quảng bá|quảng bình|quảng nam|quảng ngãi|quảng ninh|"
        "quảng trị|quần chúng|quốc gia|quốc hội|quốc khánh|quốc lần|quốc năm|quốc phòng|quốc tế|quốc việt|quốc đoàn|"
        "quỹ hỗ|quỹ quốc|quỹ đầu|rà soát|rác thải|rèn luyện|rõ hơn|rõ họ|rõ nội|rõ ràng|rõ rệt|rõ số|rõ thành|"
        "rõ tên|rõ vai|rõ đối|rút kinh|rút ngắn|rượu bia|rập khuôn|rộng khắp|rộng mô|rộng mặt|rộng rãi|sai phạm|"
        "sai trái|sinh chỉ|sinh chủ|sinh giỏi|sinh hoạt|sinh kế|sinh ngoài|sinh sản|sinh sống|sinh thái|sinh trả|"
        "sinh viên|sinh xã|sinh đạt|soi đường|son niềm|soạn thảo|sung hướng|sung nguồn|suy nghĩ|suy thoái|suất lao|"
        "sài gòn|sàn giao|sách chính|sách cấp|sách cử|sách hỗ|sách người|sách nhà|sách pháp|sách thanh|sách trích|"
        "sách tín|sách xã|sách điện|sách đoàn|sách đăng|sách đối|sách ưu|sáng chế|sáng hơn|sáng kiến|sáng soi|"
        "sáng tác|sáng tạo|sáng ước|sáp nhập|sát chỉ|sát công|sát hướng|sát nhân|sát quá|sát thực|sát việc|sát đảm|"
        "sát định|sân chơi|sân khấu|sâu rộng|sâu sát|sâu sắc|sóc sức|sóc trăng|sóc trẻ|sôi nổi|sĩ trẻ|sơ gửi|"
        "sơ khảo|sơ ứng|sơn la|sạch đẹp|sản công|sản hồ|sản phẩm|sản việt|sản xuất|sắc nhất|sắc văn|sắc đối|sắp xếp|"
        "sắt son|sẵn sàng|sẻ kinh|số cao|số cử|số hiệu|số hóa|số liệu|số lượng|số lượt|số nhiệm|số phiếu|số quốc|"
        "số trường|số tồn|số tổ|số điều|số điểm|số điện|số đơn|số địa|sống lành|sống thanh|sống văn|sống vật|"
        "sống xã|sống đẹp|sổ tay|sở báo|sở giáo|sở hạ|sở hữu|sở khoa|sở thích|sở thực|sở triển|sở vật|sở xây|sở y|"
        "sức khỏe|sức lan|sức mùa|sức mạnh|sức người|sử cách|sử dụng|sử tóm|sử việt|sửa chữa|sửa đổi|sự chuyển|"
        "sự chỉ|sự chủ|sự cụ|sự kiện|sự lan|sự lãnh|sự nghiệp|sự phát|sự phù|sự phối|sự quan|sự tham|sự thay|"
        "sự thống|sự tiêu|sự trở|sự tuyên|sự tín|sự đồng|tai nạn|tay nghề|tham dự|tham khảo|tham luận|tham mưu|"
        "tham nhũng|tham vấn|thang điểm|thanh niên|thanh thiếu|thanh toán|thao tác|thay mặt|thay thế|thay đổi|"
        "thi bí|thi bằng|thi cá|thi công|thi diễn|thi gửi|thi hành|thi sáng|thi thiết|thi trắc|thi trực|thi tìm|"
        "thi vòng|thi đua|thi đấu|thiên huế|thiết chế|thiết kế|thiết lập|thiết thực|thiết yếu|thiếu nhi|thiếu niên|"
        "thiểu số|thiện cơ|thiện dự|thiện hệ|thiện hồ|thiện môi|thiện điều|thiệu cán|thiệu người|thiệu nhân|"
        "thiệu phải|thiệu việc|thiệu đoàn|thiệu đại|thiệu ứng|thoại thông|thu hút|thu hồi|thu nhập|thuyết phục|"
        "thuyết trình|thuận hợp|thuận lợi|thuận tiện|thuế thu|thuốc lá|thuốc trẻ|thuộc căn|thuộc cấp|thuộc hội|"
        "thuộc nghiêm|thuộc phạm|thuộc phối|thuộc sở|thuộc thành|thuộc thực|thuộc triển|thuộc trung|thuộc trách|"
        "thuộc tỉnh|thuộc tổ|thuộc xây|thuộc đoàn|thuộc đơn|thuộc địa|thuộc đối|thuộc ủy|thành công|thành lập|"
        "thành nghĩa|thành người|thành nhiệm|thành phần|thành phố|thành thói|thành tiêu|thành trước|thành tích|"
        "thành tốt|thành tựu|thành viên|thành việc|thành đoàn|thành ủy|thách thức|thái bình|thái nguyên|thái độ|"
        "tháng năm|tháng thanh|tháng tám|tháng đầu|thánh gióng|tháo gỡ|thân nhân|thân thiện|thêm việc|thí sinh|"
        "thí điểm|thích hợp|thích ứng|thói quen|thôn giới|thôn mới|thôn trung|thôn tổ|thông báo|thông hiện|"
        "thông minh|thông nâng|thông suốt|thông thường|thông tin|thông tư|thông tấn|thông điệp|thù địch|thúc nhiệm|"
        "thúc đẩy|thăm hỏi|thư chi|thư khiếu|thư ký|thư phụ|thư thường|thư thứ|thư trung|thư tỉnh|thư đoàn|"
        "thương binh|thương giới|thương hiệu|thương lần|thương mại|thương tích|thường trú|thường trực|thường vụ|"
        "thường xuyên|thưởng chung|thưởng tuần|thải nhựa|thảo hướng|thảo luận|thần khởi|thần nghị|thần trách|"
        "thần tự|thần xung|thầy thuốc|thẩm quyền|thẩm định|thật sự|thắng bằng|thắng lợi|thắp nến|thắp sáng|thẻ bảo|"
        "thẻ đoàn|thế giới|thế hệ|thế mạnh|thể chất|thể chế|thể dục|thể gửi|thể hiện|thể hóa|thể loại|thể làm|"
        "thể lãnh|thể lệ|thể nhân|thể tham|thể thao|thể thuộc|thể tổ|thể từng|thể điều|thị hiếu|thị số|thị trường|"
        "thị trấn|thị xã|thỏa thuận|thống chính|thống cách|thống kê|thống loa|thống lịch|thống nhất|thống trung|"
        "thống tổ|thống yêu|thời báo|thời gian|thời hạn|thời kỳ|thời lượng|thời phát|thời phải|thời phản|thời tháo|"
        "thời tuyên|thời xử|thời điểm|thời đưa|thời đại|thụ sản|thủ pháp|thủ trưởng|thủ tướng|thủ tục|thủ đô|"
        "thủy sản|thứ ba|thứ bảy|thứ hai|thứ i|thứ nhất|thứ xi|thức biểu|thức chấp|thức công|thức cảnh|thức giơ|"
        "thức gửi|thức hoạt|thức khen|thức khác|thức kiểm|thức linh|thức phong|thức pháp|thức phù|thức sinh|"
        "thức sân|thức thực|thức triển|thức trách|thức trẻ|thức trực|thức tuyên|thức tổ|thức đánh|thức đối|"
        "thừa thiên|thử thách|thực chất|thực dân|thực hiện|thực hành|thực phẩm|thực sự|thực tiễn|thực trạng|thực tế|"
        "tin bài|tin cơ|tin cậy|tin học|tin liên|tin mạng|tin ngân|tin tác|tin tốt|tin điện|tin đại|tinh gọn|"
        "tinh thần|tiên tiến|tiêu biểu|tiêu chuẩn|tiêu chí|tiêu cụ|tiêu cực|tiêu dùng|tiêu giới|tiêu phát|tiêu quốc|"
        "tiêu thụ|tiêu đề|tiến bước|tiến bộ|tiến hành|tiến làm|tiến tới|tiến độ|tiếng anh|tiếng nói|tiếng việt|"
        "tiếp ban|tiếp công|tiếp cận|tiếp dân|tiếp kết|tiếp làm|tiếp lãnh|tiếp nhận|tiếp quản|tiếp sức|tiếp tham|"
        "tiếp thu|tiếp tục|tiếp xúc|tiếp đại|tiết kiệm|tiết liên|tiết thi|tiết triển|tiềm năng|tiềm ẩn|tiền mặt|"
        "tiền đề|tiểu học|tiểu sử|tiện thông|tiện truyền|tiện ích|to lớn|toàn ban|toàn bộ|toàn cầu|toàn diện|"
        "toàn dân|toàn giao|toàn nhân|toàn quân|toàn quốc|toàn thông|toàn thể|toàn tập|toàn văn|toàn xã|toàn đoàn|"
        "toàn đảng|toán kinh|toán ngân|tra công|tra giám|tra việc|tra đoàn|tra đảng|tra định|trang cộng|trang liệt|"
        "trang mạng|trang nhân|trang phục|trang thiết|trang thông|trang thực|trang trí|tranh biện|tranh bảo|"
        "tranh chấp|tranh phản|trao giải|trao tặng|trao đổi|trau dồi|tri ân|triển bền|triển hệ|triển khai|"
        "triển khoa|triển kinh|triển kỹ|triển lãm|triển ngành|triển nhanh|triển nông|triển sản|triển thanh|"
        "triển toàn|triển tổ|triển vọng|triển đoàn|triển đất|triệu cây|triệu lượt|triệu tập|triệu đồng|trung bình|"
        "trung chỉ|trung cấp|trung dân|trung học|trung phát|trung quốc|trung thành|trung thực|trung triển|"
        "trung tuyên|trung tâm|trung ương|truy cập|truyên truyền|truyền bầu|truyền chủ|truyền công|truyền cảm|"
        "truyền cần|truyền giáo|truyền hình|truyền kỷ|truyền nâng|truyền phù|truyền rộng|truyền sâu|truyền thanh|"
        "truyền trực|truyền viên|truyền đại|trà vinh|trào hành|trào lưu|trào thanh|trào thi|trào toàn|trách bầu|"
        "trách công|trách nhiệm|trách đội|trái pháp|tránh tình|trân trọng|trì hoạt|trì hội|trì sinh|trì thường|"
        "trì tổ|trình ban|trình bày|trình bầu|trình chi|trình công|trình cấp|trình cụ|trình diễn|trình giới|"
        "trình gặp|trình hiệp|trình hành|trình hình|trình học|trình hỗ|trình hội|trình kiểm|trình mục|trình nghiên|"
        "trình phát|trình phối|trình rèn|trình số|trình sử|trình thanh|trình thực|trình tiếp|trình triển|"
        "trình truyền|trình tổ|trình xây|trình đào|trình đồng|trình độ|trí khu|trí lành|trí nguồn|trí tuệ|"
        "trích ngang|trò chơi|trò nòng|trò xung|trú đối|trưng bày|trương công|trước hết|trước ngày|trước sự|"
        "trước đại|trường an|trường giáo|trường học|trường hợp|trường lao|trường mạng|trường quốc|trường sinh|"
        "trường tham|trường trung|trường tổ|trường điện|trường đại|trưởng ban|trưởng bộ|trưởng thành|trưởng thôn|"
        "trại huấn|trả lời|trải nghiệm|trận thôn|trận tổ|trận đoàn|trận đấu|trật tự|trắc nghiệm|trẻ cả|trẻ dạy|"
        "trẻ em|trẻ giỏi|trẻ làm|trẻ sáng|trẻ tham|trẻ thế|trẻ tiêu|trẻ toàn|trẻ việt|trẻ xung|trẻ đối|trị cao|"
        "trị giá|trị gắn|trị hình|trị quốc|trị xã|trọng tâm|trọng điểm|trồng cây|trồng trọt|trở lên|trở xuống|"
        "trợ công|trợ cấp|trợ doanh|trợ giúp|trợ hoàn|trợ học|trợ kinh|trợ lý|trợ nâng|trợ phát|trợ sinh|trợ thực|"
        "trợ tiếp|trợ triển|trợ đoàn|trụ sở|trừ trường|trực ban|trực chủ|trực hội|trực quan|trực số|trực tham|"
        "trực thuộc|trực thành|trực tiếp|trực tuyến|trực tỉnh|trực tổ|trực đảng|trực ủy|tuy nhiên|tuyên bố|"
        "tuyên dương|tuyên giáo|tuyên quang|tuyên truyền|tuyên tuyền|tuyến bài|tuyến tin|tuyến toàn|tuyến tìm|"
        "tuyển chọn|tuyển cấp|tuyển dụng|tuyển sinh|tuyệt đối|tuân thủ|tuần hoàn|tuần thi|tuổi trẻ|tuổi trở|"
        "tài chính|tài liệu|tài nguyên|tài năng|tài sản|tài trợ|tác bảo|tác bầu|tác bồi|tác chuyên|tác chuẩn|"
        "tác chính|tác chăm|tác chỉ|tác cán|tác công|tác cải|tác dân|tác dụng|tác giáo|tác giả|tác hiệp|tác hại|"
        "tác học|tác kiểm|tác kết|tác mặt|tác nghiệp|tác phát|tác phẩm|tác phối|tác quản|tác quốc|tác tham|"
        "tác thanh|tác thiếu|tác thông|tác tiếp|tác triển|tác truyền|tác tuyên|tác tôn|tác tổ|tác viên|tác vận|"
        "tác xây|tác xã|tác đoàn|tác đào|tác đảng|tác động|tái chế|tái sử|tám thành|tâm chính|tâm chỉ|tâm công|"
        "tâm dịch|tâm giáo|tâm hoạt|tâm hỗ|tâm hội|tâm lý|tâm thực|tâm triển|tâm truyền|tâm tư|tây bắc|tây nguyên|"
        "tây ninh|tên gọi|tên mô|tên người|tên tác|tên đơn|tìm hiểu|tìm kiếm|tìm đường|tình huống|tình hình|"
        "tình nguyện|tình trạng|tích cực|tích hợp|tích lũy|tích lịch|tích tiêu|tích xuất|tín dụng|tín hiệu|"
        "tín ngưỡng|tín nhiệm|tính chính|tính chất|tính khả|tính sáng|tính số|tính tuổi|tính độc|tòa án|tóm tắt|"
        "tôn dân|tôn giáo|tôn tạo|tôn vinh|tùy điều|tú giới|tăng cường|tăng thu|tăng trưởng|tăng tính|tư cách|"
        "tư công|tư duy|tư liệu|tư pháp|tư số|tư tưởng|tư vấn|tư xây|tương lai|tương tác|tương tự|tương đương|"
        "tướng chính|tưởng cách|tưởng hồ|tưởng khởi|tưởng sáng|tượng kiểm|tượng tham|tượng thanh|tượng thực|"
        "tượng áp|tượng đoàn|tạm trú|tạo chuyển|tạo công|tạo khởi|tạo làm|tạo lập|tạo môi|tạo nguồn|tạo nâng|"
        "tạo sân|tạo sức|tạo sự|tạo tham|tạo thuận|tạo thêm|tạo thông|tạo tiêu|tạo toàn|tạo trào|tạo việc|tạo điều|"
        "tạp chí|tảng mạng|tảng số|tảng xã|tấm gương|tấn báo|tấn xã|tất cả|tầm nhìn|tầm quan|tầm vóc|tầng lớp|"
        "tận dụng|tập chuyên|tập huấn|tập hội|tập hợp|tập luyện|tập lý|tập nâng|tập tham|tập thể|tập trung|tập trực|"
        "tập tốt|tập đoàn|tập đại|tắt nội|tặng danh|tế chính|tế hiện|tế nhiều|tế quốc|tế số|tế thanh|tế thị|tế tuần|"
        "tế tập|tế xanh|tế xã|tết nguyên|tệ nạn|tỉ lệ|tỉnh bà|tỉnh bình|tỉnh cao|tỉnh chỉ|tỉnh cà|tỉnh hà|tỉnh hậu|"
        "tỉnh khánh|tỉnh kon|tỉnh lai|tỉnh long|tỉnh lâm|tỉnh lạng|tỉnh lựa|tỉnh nghệ|tỉnh ninh|tỉnh phối|"
        "tỉnh quảng|tỉnh sóc|tỉnh sơn|tỉnh tham|tỉnh thừa|tỉnh triển|tỉnh trở|tỉnh tuyên|tỉnh tổ|tỉnh tổng|"
        "tỉnh vĩnh|tỉnh xây|tỉnh yên|tỉnh đoàn|tỉnh ủy|tịch hồ|tịch hội|tịch lan|tịch nước|tịch số|tịch thường|"
        "tịch ủy|tọa đàm|tỏ sự|tỏa mạnh|tỏa rộng|tỏa sáng|tỏa sâu|tố cáo|tố mới|tốc độ|tối cao|tối thiểu|tối đa|"
        "tối ưu|tốt công|tốt nhiệm|tốt quy|tốt vai|tốt việc|tốt đẹp|tồn đọng|tổ bầu|tổ chức|tổ dân|tổ hợp|tổ kiểm|"
        "tổ quốc|tổ thư|tổng bí|tổng cục|tổng giá|tổng hợp|tổng kinh|tổng kết|tổng phụ|tổng số|tổng thể|tộc thiểu|"
        "tộc việt|tội phạm|tới cơ|tới đoàn|tới đại|tờ rơi|tờ trình|tục duy|tục hoàn|tục hành|tục nghiên|tục nâng|"
        "tục phát|tục rà|tục tham|tục tuyên|tục tăng|tục tập|tục tổ|tục đẩy|tục đổi|tủ sách|từng bước|từng công|"
        "từng cơ|từng cấp|từng khu|từng người|từng nhóm|từng năm|từng nội|từng thành|từng thời|từng trường|"
        "từng đoàn|từng đơn|từng địa|tự an|tự chủ|tự cường|tự giác|tự hào|tự học|tự nhiên|tự phê|tự tôn|tự động|"
        "tự ứng|tỷ cây|tỷ lệ|tỷ đồng|uy tín|uống nước|vai trò|vay vốn|vi phạm|vi điều|viên ban|viên báo|viên chính|"
        "viên chức|viên cấp|viên học|viên hội|viên khác|viên kịp|viên làm|viên mới|viên ngày|viên năm|viên phát|"
        "viên phải|viên phụ|viên tham|viên thanh|viên thuộc|viên thực|viên tiêu|viên toàn|viên trường|viên trẻ|"
        "viên trực|viên tích|viên tổ|viên tổng|viên việt|viên đi|viên đoàn|viên đội|viên ưu|viên ủy|viết chuyên|"
        "viễn thông|việc ban|việc chấp|việc chủ|việc công|việc giải|việc giới|việc gì|việc hiệp|việc hướng|việc học|"
        "việc khoa|việc kiểm|việc kết|việc làm|việc lập|việc mở|việc nâng|việc phát|việc phân|việc phê|việc phải|"
        "việc quy|việc quyết|việc quản|việc sử|việc sửa|việc tham|việc thi|việc thu|việc thực|việc tiếp|việc triển|"
        "việc trực|việc tuyên|việc tìm|việc tăng|việc tạo|việc tốt|việc tổ|việc vận|việc xác|việc xây|việc đánh|"
        "việc đôn|việc đảm|việc ứng|viện kiểm|việt nam|vui chơi|vui lòng|vòng bán|vòng chung|vòng sơ|vòng thi|"
        "vùng giáp|vùng núi|vùng sâu|vùng xa|vùng đồng|văn bản|văn hóa|văn kiện|văn minh|văn nghệ|văn phòng|văn số|"
        "vĩnh long|vĩnh phúc|vũ trang|vũng tàu|vươn lên|vướng mắc|vườn ươm|vượt khó|vượt thẩm|vấn hướng|vấn sức|"
        "vấn tâm|vấn đề|vận chuyển|vận dụng|vận hành|vận khéo|vận năm|vận trung|vận tỉnh|vận động|vật chất|vật dụng|"
        "vật liệu|vật lịch|vẻ vang|vệ nền|vệ sinh|vệ trẻ|vị báo|vị chỉ|vị chủ|vị cấp|vị giới|vị gửi|vị hành|vị khác|"
        "vị khối|vị liên|vị làm|vị lựa|vị lực|vị mình|vị tham|vị thuộc|vị thường|vị thực|vị triển|vị trung|vị trí|"
        "vị trực|vị đảm|vị đặc|vọng chính|vọng phát|vọng vươn|vốn vay|vốn đầu|vốn đối|vụ bầu|vụ chính|vụ chủ|"
        "vụ công|vụ cấp|vụ cụ|vụ hội|vụ khác|vụ lãnh|vụ nhân|vụ phát|vụ quốc|vụ sự|vụ thành|vụ thực|vụ triển|"
        "vụ trung|vụ trọng|vụ tuyên|vụ tỉnh|vụ tổ|vụ tổng|vụ việc|vụ đoàn|vụ đảng|vừa giúp|vừa tạo|vững an|"
        "vững giai|vững mạnh|vững vàng|vực biên|vực bỏ|vực công|vực dân|vực hoạt|vực kinh|vực miền|vực ngoài|"
        "vực nông|vực văn|vực đặc|xanh mới|xanh sạch|xem xét|xin ý|xu hướng|xu thế|xung kích|xuyên kiểm|xuyên quan|"
        "xuyên rà|xuyên suốt|xuyên tạc|xuyên tổ|xuất giải|xuất hiện|xuất khẩu|xuất kinh|xuất ngũ|xuất nông|"
        "xuất phát|xuất sáng|xuất sắc|xuất sửa|xuất ý|xác lập|xác minh|xác nhận|xác định|xâm hại|xây dựng|xã ban|"
        "xã chuẩn|xã chủ|xã căn|xã hội|xã lương|xã nhiệm|xã phối|xã tham|xã thực|xã tiến|xã triệu|xã việt|xét chọn|"
        "xét công|xét giải|xét kết|xét quyết|xét đề|xí nghiệp|xóa bỏ|xóa tên|xúc cử|xúc tiến|xếp hạng|xếp loại|"
        "xếp tổ|xếp đơn|xứng đáng|xử lý|y tế|yên bái|yêu cầu|yêu nước|yêu quê|yêu thích|yêu thương|yết danh|yếu lý|"
        "yếu thế|án khởi|án nâng|án trả|án tổ|án xây|án đúng|án đầu|ánh liên|ánh sáng|áp dụng|áp phích|âm nhạc|"
        "ích chính|ích hợp|ít nhất|ô nhiễm|ô tô|ý chí|ý kiến|ý nghĩa|ý thức|ý tưởng|ý xây|ý đối|đa phương|đang học|"
        "đang sinh|đang triển|đi công|đi cơ|đi làm|đi trước|đi tìm|đi đầu|điều bác|điều chỉnh|điều hành|điều khoản|"
        "điều kiện|điều lệ|điều phối|điều tra|điều trị|điểm bắt|điểm cao|điểm cấp|điểm dẫn|điểm giao|điểm mới|"
        "điểm phát|điểm sai|điểm thực|điểm tiếp|điểm triển|điểm trung|điểm tổ|điểm đối|điển hình|điện thoại|điện tử|"
        "đoàn ban|đoàn bí|đoàn bưu|đoàn chánh|đoàn chỉ|đoàn công|đoàn cấp|đoàn giao|đoàn giám|đoàn hà|đoàn hướng|"
        "đoàn học|đoàn khu|đoàn khóa|đoàn khối|đoàn kiểm|đoàn kết|đoàn làm|đoàn lựa|đoàn mạnh|đoàn nhiệm|đoàn phát|"
        "đoàn phí|đoàn phường|đoàn phải|đoàn phối|đoàn quyết|đoàn quảng|đoàn tham|đoàn thường|đoàn thể|đoàn thực|"
        "đoàn toàn|đoàn triển|đoàn triệu|đoàn trước|đoàn trường|đoàn trở|đoàn trực|đoàn tuyên|đoàn tổ|đoàn viên|"
        "đoàn văn|đoàn vững|đoàn xem|đoàn xây|đoàn xã|đoàn đại|đoàn đảm|đoạn mới|đoạt giải|đua học|đua khen|đua làm|"
        "đua thực|đua yêu|đuối nước|đà nẵng|đài phát|đài tiếng|đài truyền|đàn em|đào tạo|đánh giá|đáp nghĩa|đáp án|"
        "đáp ứng|đích kinh|đính kèm|đòi hỏi|đón tiếp|đóng dấu|đóng góp|đô hà|đô thị|đôn đốc|đông đảo|đúng pháp|"
        "đúng quy|đúng thời|đúng tiến|đúng trình|đúng đắn|đăng cai|đăng ký|đơn giản|đơn thư|đơn vị|đưa nội|đưa tin|"
        "đưa việc|đương nhiên|đường bộ|đường cứu|đường dây|đường lối|đường phố|đường sắt|đại biểu|đại chúng|"
        "đại diện|đại dịch|đại hóa|đại học|đại hội|đại sứ|đại đoàn|đạo ban|đạo chủ|đạo cách|đạo công|đạo cơ|đạo cấp|"
        "đạo rà|đạo tham|đạo thống|đạo thực|đạo triển|đạo trực|đạo tuyên|đạo tỉnh|đạo việc|đạo đảng|đạo đẩy|đạo đức|"
        "đạt chuẩn|đạt danh|đạt giải|đạt hiệu|đạt tiêu|đạt tỉ|đạt yêu|đạt ít|đảm an|đảm bảo|đảm công|đảm dân|"
        "đảm nguyên|đảm nhiệm|đảm nhận|đảm quyền|đảm số|đảm sự|đảm thực|đảm tiến|đảm tính|đảm việc|đảm đúng|đảng bộ|"
        "đảng khóa|đảng toàn|đảng viên|đảng xem|đảng đối|đảng ủy|đảo cán|đất nước|đấu hoàn|đấu tranh|đấu trở|"
        "đấu vươn|đấu đạt|đầu cơ|đầu cấp|đầu mối|đầu nhiệm|đầu năm|đầu tiên|đầu tư|đầy đủ|đẩy lùi|đẩy mạnh|"
        "đẩy nhanh|đẩy phong|đặc biệt|đặc khu|đặc thù|đặc trưng|đặc điểm|đặt hàng|đề bức|đề cao|đề cương|đề nghị|"
        "đề xuất|đề xã|đề án|đền ơn|đều phải|địa bàn|địa chỉ|địa danh|địa phương|địa điểm|định ban|định biểu|"
        "định chi|định chung|định cuối|định công|định cụ|định hiện|định hướng|định khác|định kỳ|định liên|định pháp|"
        "định quy|định rõ|định số|định thành|định tiêu|định vai|định việc|định điều|định đúng|đọc sách|đốc sở|"
        "đốc việc|đối chiếu|đối kháng|đối ngoại|đối thoại|đối tác|đối tượng|đồ tôn|đồng bộ|đồng chí|đồng hành|"
        "đồng loạt|đồng nai|đồng thuận|đồng tháp|đồng thời|đồng xét|đồng ý|đồng đều|đổi khí|đổi kinh|đổi mới|đổi số|"
        "đổi thông|đổi tên|đổi điều|độ báo|độ công|độ hoàn|độ thông|độ thực|độ triển|độ tuổi|độc lập|đội chiến|"
        "đội cấp|đội hình|đội ngũ|đội nhân|đội nhóm|đội thanh|đội thi|đội thiếu|đội viên|đội xuất|động an|động cao|"
        "động chào|động chính|động cuộc|động cách|động cán|động giúp|động giới|động gắn|động hiệu|động học|động hỗ|"
        "động kiểm|động kết|động liên|động lực|động nguồn|động nâng|động nông|động phát|động phù|động phải|"
        "động phối|động rèn|động sinh|động sáng|động sản|động thiết|động thuộc|động thực|động tiêu|động trao|"
        "động triển|động truyền|động trước|động trải|động trẻ|động trực|động tuyên|động tình|động tích|động tạo|"
        "động tập|động tổ|động viên|động vui|động văn|động xây|động đoàn|động đảm|đột phá|đột xuất|đời hoạt|"
        "đời sống|đợt hoạt|đợt sinh|đủ số|đủ tiêu|đủ điều|đức cách|đức công|đức tốt|đứng đầu|ơn sâu|ơn đáp|ưu thế|"
        "ưu tiên|ưu tú|ưu điểm|ưu đãi|ương chủ|ương hội|ương khóa|ương mặt|ương triển|ương tổ|ương đoàn|ương đảng|"
        "ước mơ|ảnh hưởng|ảnh minh|ấn phẩm|ổn định|ủng hộ|ủy ban|ủy cấp|ủy giao|ủy khối|ủy quyền|ủy thành|ủy thác|"
        "ủy trung|ủy trực|ủy viên|ủy xã|ủy đảng|ứng cuộc|ứng cử|ứng dụng|ứng ngày|ứng nhu|ứng phó|ứng tham|ứng tiêu|"
        "ứng xử|ứng yêu"
    ).split("|")
)


# Pairs written often whose letters, with other marks, are another phrase the same texts write at
# least 3 times and at least 1/10 as often, or that the rule's list of phrases they do not write
# holds ("cổ đông"): "thủ trưởng" and "thứ trưởng" (the rank in the
# title of a deputy minister's decision), "vị sự" (đơn vị sự nghiệp) and "vì sự" (Ban vì sự tiến
# bộ của phụ nữ). For them the table cannot say which was printed: the document's own spelling
# decides (ocr_consensus), or nothing.
AMBIGUOUS_PAIRS = frozenset(
    (
        "biện pháp|bình chọn|bản thân|bảo tồn|bổ nhiệm|bộ tiêu|bộ tư|chuyển biến|chức thành|chứng nhận|câu chuyện|"
        "công cộng|cơ sở|cải thiện|cấp quản|cổ động|cổng thông|dựng kế|dựng đảng|hiến pháp|hành chỉ|phòng chính|"
        "phương châm|phương thức|phản ánh|phần thứ|phẩm tuyên|phỏng vấn|sở y|sự phát|sự quan|thi gửi|thủ trưởng|"
        "toàn diện|trưởng bộ|tuyên dương|tác quản|tác tổ|tư số|tảng số|viên trường|đang triển|đúng quy|đăng ký|"
        "độ báo|động trẻ|động đoàn"
    ).split("|")
)

# Pairs written often, but mostly where one phrase ends and the next begins, between two pairs
# each written more often than they are: "giáo trung" (Ban Tuyên giáo Trung ương), "định chi"
# (quy định chi tiết). Their letters are as likely two other phrases ("Giao Trung tâm..."): they
# correct nothing, but vouch for a word that another pair corrects ("chi tiết" after "định").
JOINT_PAIRS = frozenset(
    (
        "ban bầu|ban kiểm|ban mặt|ban nhân|ban quốc|ban văn|biến luật|biến mạnh|biến thông|biến tích|biểu dự|"
        "biểu hội|biểu quốc|biểu tham|biểu thuộc|biểu toàn|biểu đại|biểu đạt|biện xã|biệt khó|biệt quan|buổi sinh|"
        "buổi tọa|bá sản|báo kịp|báo địa|bước cải|bản gửi|bản hoàn|bản hướng|bản hội|bản liên|bản điều|bảo an|"
        "bảo chất|bảo hoàn|bảo nguyên|bảo quy|bảo quyền|bảo thiết|bảo thực|bảo tổ|bảo yêu|bảy tình|bắt dư|bắt tâm|"
        "bắt tình|bố kết|bổ nguồn|bộ chính|bộ chủ|bộ hệ|bộ làm|bộ lãnh|bộ phụ|bộ quá|bộ tham|bộ trực|bộ tư|bộ ứng|"
        "cao chất|cao hiệu|cao kiến|cao kỹ|cao nhận|cao năng|cao thể|cao trách|cao trình|cao ý|chuyện chuyên|"
        "chuẩn chức|chuẩn cụ|chuẩn kỹ|chuẩn đại|chuẩn ứng|chí bí|chí lãnh|chí phó|chí tham|chí tự|chí viết|chí võ|"
        "chí xây|chí đánh|chính cấp|chính viễn|chơi bổ|chơi giải|chất đạo|chế chính|chế cán|chế dân|chế giao|"
        "chế hoạt|chế làm|chế phối|chế quản|chế thi|chế tổ|chỉ tiếp|chỉnh cơ|chọn danh|chọn nhiều|chọn nhân|"
        "chọn phương|chọn trực|chọn địa|chống bạo|chống ma|chống tội|chức bình|chức bầu|chức bộ|chức chiến|"
        "chức chính|chức chương|chức cuộc|chức công|chức diễn|chức giao|chức giám|chức giải|chức hiệp|chức hoạt|"
        "chức hành|chức học|chức hội|chức kinh|chức kiểm|chức kỷ|chức liên|chức lấy|chức lực|chức ngày|chức phi|"
        "chức phát|chức phổ|chức phụ|chức quốc|chức rà|chức sinh|chức sơ|chức thiết|chức thành|chức thông|"
        "chức thường|chức thực|chức tiếp|chức toàn|chức trao|chức triển|chức tuyên|chức tập|chức tổng|chức xây|"
        "chức xã|chức ít|chức đại|chức đợt|chứng lịch|cuộc kháng|cuộc xây|cách hành|cách hồ|cách thủ|cách truy|"
        "cáo ban|cáo chính|cáo cấp|cáo gửi|cáo kết|cáo kịp|cáo tóm|cáo tổng|cáo định|câu trả|công chủ|công cán|"
        "công nhiệm|công trực|công đại|cường chuyển|cường chỉ|cường công|cường dân|cường giáo|cường kiểm|cường lực|"
        "cường phối|cường rèn|cường sự|cường tham|cường tổ|cường xây|cường ứng|cả giai|cả hệ|cả người|cảnh cuộc|"
        "cảnh khó|cấp bộ|cấp dịch|cấp nhiệm|cấp quyết|cấp quản|cấp thông|cấp tiến|cấp trực|cấp tài|cấp tổ|cấp đầy|"
        "cấp địa|cấu giải|cấu hạ|cầu học|cầu nhiệm|cầu phát|cầu sử|cầu thực|cầu đầu|cốt chính|cục chính|cụm thi|"
        "cứ chương|cứ công|cứ hướng|cứ kế|cứ kết|cứ nghị|cứ nội|cứ quy|cứ quyết|cứ điều|cứu bổ|cứu khoa|cử gửi|"
        "cử quốc|cử thuộc|cử tổ|cử đang|cử đại|cử đảm|cử đối|cực hưởng|cực học|cực nghiên|cực tham|cực triển|"
        "cực tuyên|cực xây|danh phó|danh ủy|diện ban|diện hộ|diện lãnh|diện nhóm|diện thường|diện ủy|dung cụ|"
        "dung kiểm|dung nêu|dung sửa|dung triển|dung tuyên|duyệt đề|dân bảo|dân tích|dân việt|dân đồng|dương danh|"
        "dương học|dưỡng cán|dưỡng kiến|dưỡng kỹ|dưỡng lý|dưỡng nghiệp|dẫn nghiệp|dẫn người|dẫn quy|dẫn triển|"
        "dẫn tổ|dẫn việc|dẫn xây|dịch thanh|dịch truyền|dịch tình|dịch việc|dục chính|dục kỹ|dục lòng|dục lý|"
        "dục nghề|dục pháp|dục thanh|dục thiếu|dục thường|dục truyền|dục đoàn|dụng dịch|dụng khoa|dụng lao|"
        "dụng nguồn|dụng ưu|dự cuộc|dự hội|dự vòng|dựng báo|dựng bộ|dựng hạ|dựng hệ|dựng kế|dựng lực|dựng mô|"
        "dựng nông|dựng phương|dựng tổ|dựng văn|dựng đô|em thiếu|em thân|ghép tuyên|gia bình|gia bảo|gia chiến|"
        "gia chương|gia cuộc|gia dự|gia giải|gia góp|gia hành|gia hưởng|gia hỗ|gia hội|gia phát|gia tích|gia vòng|"
        "gia xây|gian bình|gian công|gian diễn|gian hoàn|gian học|gian phát|gian thực|gian tiến|gian triển|gian tổ|"
        "giá chất|giá kết|giá mức|giá toàn|giá việc|giá xếp|giáo trung|giúp pháp|giải cuộc|giải cá|gìn trật|"
        "góp kinh|góp tích|gương đạo|gặp nhiều|gọi chung|gọi tắt|gọn bộ|gỡ khó|gửi dự|gửi tham|hiểm thất|hiểm xã|"
        "hiểm y|hiểu lịch|hiện chiến|hiện chính|hiện chương|hiện chế|hiện chỉ|hiện chủ|hiện cuộc|hiện công|hiện cụ|"
        "hiện dân|hiện giám|hiện hiệu|hiện hoạt|hiện hướng|hiện kiểm|hiện kế|hiện kết|hiện kịp|hiện luật|"
        "hiện nghiêm|hiện nghị|hiện nhiệm|hiện nội|hiện phong|hiện quy|hiện quyết|hiện sắp|hiện thường|hiện thắng|"
        "hiện tuyên|hiện ý|hiện điều|hiện đánh|hiện đường|hiện đảm|hiện đầy|hiện đề|hiệp thanh|hiệu nhà|hoan văn|"
        "hoạch cán|hoạch công|hoạch cấp|hoạch cụ|hoạch giám|hoạch hoạt|hoạch hành|hoạch kiểm|hoạch phát|hoạch thực|"
        "hoạch tiếp|hoạch triển|hoạch tuyên|hoạch tổ|hoạt chi|hoạt chuyên|hoạt chính|hoạt dưới|hoạt định|huy dân|"
        "huy giá|huy tốt|huyện trở|huấn kiến|huấn kỹ|huấn nâng|hàng chính|hàng thương|hàng ý|hành chương|hành chỉ|"
        "hành công|hành hiệu|hành hướng|hành hội|hành kèm|hành kế|hành mô|hành mới|hành nghiêm|hành nghị|hành pháp|"
        "hành quy|hành quyết|hành rà|hành thường|hành tiết|hành triển|hành trung|hành văn|hành xã|hành điều|"
        "hành đoàn|hào dân|hào tuổi|hào việt|hình chính|hình cụ|hình dân|hình dịch|hình hiện|hình hiệu|hình hoạt|"
        "hình hỗ|hình kinh|hình người|hình sản|hình tham|hình tiên|hình tiêu|hình triển|hình trí|hình tình|hình tổ|"
        "hình việt|hình đoàn|hòa xã|hóa giao|hóa nghệ|hóa nghị|hóa tinh|hóa văn|hùng cách|hùng liệt|hút sự|hút đông|"
        "hướng dư|hướng giáo|hướng nhiệm|hướng tích|hướng tăng|hướng tư|hướng xây|hại trẻ|hạn hoàn|hệ chặt|hệ công|"
        "hệ thanh|hệ đối|học công|học cơ|học kinh|học lý|học phổ|học trung|hội cháu|hội chủ|hội cấp|hội hướng|"
        "hội học|hội hội|hội làm|hội phát|hội tham|hội việc|hội đại|hợp báo|hợp bất|hợp chuẩn|hợp chặt|hợp cần|"
        "hợp danh|hợp hoạt|hợp kiểm|hợp kết|hợp người|hợp phát|hợp số|hợp thanh|hợp thông|hợp thực|hợp triển|"
        "hợp trực|hợp tuyên|hợp tổ|hợp văn|hợp đảm|hợp đặc|hữu trí|khai chương|khai cuộc|khai công|khai dự|"
        "khai hiệu|khai hoạt|khai hướng|khai hỗ|khai kế|khai mô|khai nghị|khai nhiều|khai phần|khai quyết|khai sâu|"
        "khai thành|khai thực|khai tuyên|khai tổ|khai xây|khai đồng|khoản thanh|khoản thi|kháng sân|khánh nước|"
        "khích đoàn|khỏe sinh|khỏe toàn|khối doanh|khổ chương|kiến chỉ|kiến giới|kiện cần|kiện kinh|kiện lịch|"
        "kiện quan|kiện quy|kiện thuận|kiện tiếp|kiện đại|kênh truyền|kích bảo|kích cách|kích đi|ký cam|ký hội|"
        "ký thực|kết cuộc|kết công|kết toàn|kết tập|kết việc|kỳ tổ|kỳ đại|kỳ đẩy|liệu dành|liệu liên|liệu phục|"
        "liệu quốc|liệu sinh|lo xây|lo đời|luyện tác|luyện đoàn|luyện đạo|luyện đội|luận chính|luận xã|luật ban|"
        "luật bầu|luật hiện|luật liên|luật ngân|luật quy|luật việt|luật đoàn|làm hiệu|làm lễ|làm sáng|lý cán|lý hồ|"
        "lý khu|lý kịp|lý nhà|lý sử|lý tài|lý điều|lý đoàn|lý đơn|lĩnh chính|lưu văn|lưu đối|lược phát|lược quốc|"
        "lượng bài|lượng chuyên|lượng chức|lượng cán|lượng công|lượng giáo|lượng hoạt|lượng người|lượng sinh|"
        "lượng tham|lượng tác|lượng tổ|lượng vũ|lượng đoàn|lượng đại|lập ban|lập chi|lập câu|lập dân|lập hội|"
        "lập trực|lập tổ|lập ít|lập đảng|lễ công|lễ tuyên|lệ cuộc|lệ cán|lệ người|lịch cộng|lối công|lớp nhân|"
        "lời bằng|lời câu|lợi nhiệm|lục kèm|lực chuyển|lực cạnh|lực học|lực hỗ|lực hội|lực kể|lực ngoại|lực quản|"
        "lực thi|lực trung|lực xã|lực đầu|minh báo|minh gắn|minh hà|minh lần|minh nhiệm|minh phối|minh thành|"
        "minh thông|minh toàn|minh tổ|minh xây|môn khoa|môn nghiệp|mưu ban|mưu chỉ|mưu công|mưu cấp|mưu triển|"
        "mưu tăng|mưu tổ|mưu tổng|mưu xây|mưu ủy|mạng công|mạng tháng|mạng việt|mạnh công|mạnh học|mạnh triển|"
        "mạnh tuyên|mạnh việc|mạnh xây|mẫu chấp|mẫu thanh|mềm quản|mềm thi|mới sáng|mừng kỷ|mừng đại|mỹ cứu|nam cấp|"
        "nam lần|nam phát|nam thời|nam độc|nghe ý|nghiệm thực|nghiệp bảo|nghiệp cách|nghiệp cấp|nghiệp giáo|"
        "nghiệp sáng|nghiệp tham|nghiệp trung|nghiệp xây|nghiệp ứng|nghèo bền|nghĩa anh|nghĩa lịch|nghĩa thiết|"
        "nghĩa việt|nghĩa xã|nghệ sĩ|nghệ thông|nghệ thực|nghị ban|nghị cấp|nghị cử|nghị hiệp|nghị liên|nghị lấy|"
        "nghị lần|nghị thảo|nghị tiếp|nghị toàn|nghị triển|nghị trực|nghị tập|nghị xem|nghị đúng|nghị ủy|ngoài nhà|"
        "ngoài quy|nguyện tham|nguồn ngân|nguồn tư|nguồn xã|ngày giải|ngày thành|ngày truyền|ngũ báo|ngũ cán|"
        "người tham|người thực|người tiếp|người đại|ngắn thời|ngừng đổi|nhanh tiến|nhi cấp|nhi nâng|nhi thực|"
        "nhi tiêu|nhi việt|nhiều phương|nhiều tác|nhiều ý|nhiều đổi|nhiễm môi|nhiệm công|nhiệm lập|nhiệm nêu|"
        "nhiệm phối|nhiệm quản|nhiệm thi|nhiệm thực|nhiệm triển|nhiệm xây|nhiệm đối|nhiệm ủy|nhà đầu|nhân chủ|"
        "nhân tiêu|nhân trẻ|nhất trung|nhất đất|nhận bằng|nhận hồ|nhận kết|nhận thông|nhận ủy|nhập bình|nhập quốc|"
        "nhật thông|ninh chính|ninh quốc|ninh trật|ninh tổ|niên bộ|niên cấp|niên dân|niên hiện|niên hoàn|niên học|"
        "niên khuyết|niên khởi|niên làm|niên lập|niên nói|niên nông|niên phát|niên quân|niên rèn|niên sử|niên tham|"
        "niên thường|niên thực|niên toàn|niên trung|niên trường|niên tình|niên tích|niên việt|niên xung|niên xuất|"
        "niên yếu|niệm ngày|niệm quan|nói việt|năm tiếp|năng hội|năng khởi|năng làm|năng nhiệm|năng thực|năng xử|"
        "nơi công|nước dưới|nước phồn|nước tham|nước đối|nạn thương|nạp đoàn|phiếu tín|pháp công|pháp cấp|pháp hỗ|"
        "pháp nâng|pháp phát|pháp tháo|pháp tuyên|pháp ứng|phát phiếu|phí bảo|phí hoạt|phí hỗ|phí hợp|phí thực|"
        "phí tổ|phòng chính|phòng quốc|phòng thuộc|phòng trung|phòng ủy|phóng dân|phóng miền|phóng mặt|phúc lương|"
        "phương kịp|phạm quy|phải tham|phải thông|phải tích|phần bảo|phần dự|phần giáo|phần nâng|phần phát|phần tạo|"
        "phần xây|phần đại|phẩm báo|phẩm dự|phẩm sáng|phẩm tham|phẩm truyền|phẩm đạt|phố hà|phố hải|phố hồ|phố trực|"
        "phố tổ|phối hoạt|phủ ban|phủ phê|phủ quy|phủ điện|quan báo|quan chuyên|quan chịu|quan chủ|quan chức|"
        "quan giới|quan hành|quan liên|quan nhà|quan phối|quan thông|quan thường|quan thực|quan triển|quan xây|"
        "quan đoàn|quan đảng|quan ủy|quy chuẩn|quy phạm|quyết bằng|quyết công|quyết giới|quyết khiếu|quyết kịp|"
        "quyết liên|quyết việc|quyết đơn|quyết đại|quyết đối|quyền ban|quyền biển|quyền giải|quyền liên|quyền phê|"
        "quyền quyết|quyền quản|quyền tham|quyền xem|quyền địa|quả biểu|quả bầu|quả chỉ|quả cuộc|quả cụ|quả giải|"
        "quả giới|quả học|quả kết|quả lấy|quả quản|quả rà|quả sản|quả thực|quả triển|quả tích|quả tổ|quả vòng|"
        "quả đạt|quốc lần|quốc việt|quỹ đầu|rõ hơn|rõ số|rõ thành|rõ vai|rõ đối|rộng mô|rộng mặt|sinh chỉ|sinh chủ|"
        "sinh trả|sinh xã|sinh đạt|son niềm|sung hướng|sung nguồn|suất lao|sách chính|sách cấp|sách cử|sách hỗ|"
        "sách người|sách nhà|sách pháp|sách thanh|sách trích|sách tín|sách xã|sách đoàn|sách đăng|sách đối|sách ưu|"
        "sáng soi|sáng ước|sát chỉ|sát công|sát hướng|sát nhân|sát quá|sát thực|sát đảm|sát định|sóc sức|sơ gửi|"
        "sơ ứng|sản hồ|sản việt|sắc văn|sắc đối|sẻ kinh|số cao|số cử|số nhiệm|số quốc|số tồn|số tổ|số đơn|số địa|"
        "sống lành|sống vật|sống xã|sở báo|sở giáo|sở hạ|sở thực|sở triển|sở vật|sở xây|sức lan|sức mùa|sử cách|"
        "sử tóm|sử việt|sự chuyển|sự chủ|sự cụ|sự lan|sự phù|sự tham|sự thay|sự thống|sự tiêu|sự tuyên|thi bí|"
        "thi bằng|thi cá|thi diễn|thi gửi|thi sáng|thi thiết|thi trực|thi tìm|thi vòng|thiện cơ|thiện dự|thiện hệ|"
        "thiện hồ|thiện môi|thiện điều|thiệu cán|thiệu người|thiệu nhân|thiệu phải|thiệu việc|thiệu đoàn|thiệu đại|"
        "thiệu ứng|thoại thông|thuận hợp|thuộc căn|thuộc cấp|thuộc nghiêm|thuộc phối|thuộc sở|thuộc thực|"
        "thuộc triển|thuộc trung|thuộc tổ|thuộc xây|thuộc đoàn|thuộc đơn|thành nghĩa|thành nhiệm|thành thói|"
        "thành tiêu|thành trước|thành việc|tháng thanh|thêm việc|thôn giới|thôn trung|thôn tổ|thông hiện|thông nâng|"
        "thúc nhiệm|thư chi|thư khiếu|thư phụ|thư thường|thư thứ|thư trung|thư tỉnh|thương giới|thương lần|"
        "thưởng chung|thảo hướng|thần khởi|thần nghị|thần trách|thần tự|thần xung|thẻ bảo|thể lãnh|thể nhân|"
        "thể tham|thể thuộc|thể tổ|thể từng|thể điều|thống chính|thống cách|thống lịch|thống trung|thống tổ|"
        "thống yêu|thời báo|thời phát|thời phản|thời tháo|thời tuyên|thời xử|thời đưa|thụ sản|thủ pháp|thức biểu|"
        "thức chấp|thức công|thức giơ|thức gửi|thức hoạt|thức khen|thức khác|thức kiểm|thức linh|thức phong|"
        "thức pháp|thức phù|thức sinh|thức sân|thức thực|thức triển|thức trách|thức trực|thức tuyên|thức tổ|"
        "thức đánh|thức đối|tin cơ|tin ngân|tin tác|tin điện|tiêu cụ|tiêu giới|tiêu phát|tiêu quốc|tiến làm|"
        "tiếp ban|tiếp kết|tiếp làm|tiếp lãnh|tiếp quản|tiếp tham|tiếp đại|tiết liên|tiết thi|tiết triển|tiện thông|"
        "tiện truyền|toàn ban|toàn giao|toàn nhân|toàn thông|toàn xã|toán kinh|toán ngân|tra công|tra giám|tra đoàn|"
        "tra đảng|tra định|trang cộng|trang liệt|trang mạng|trang nhân|trang thông|trang thực|tranh bảo|tranh phản|"
        "triển bền|triển hệ|triển khoa|triển kinh|triển kỹ|triển ngành|triển nông|triển sản|triển thanh|triển toàn|"
        "triển tổ|triển đoàn|triển đất|trung chỉ|trung dân|trung phát|trung triển|trung tuyên|truyền bầu|truyền chủ|"
        "truyền công|truyền cần|truyền giáo|truyền kỷ|truyền nâng|truyền phù|truyền rộng|truyền sâu|truyền trực|"
        "truyền đại|trào hành|trào thanh|trào thi|trào toàn|trách bầu|trách công|trì hoạt|trì hội|trì sinh|"
        "trì thường|trì tổ|trình bầu|trình chi|trình công|trình cụ|trình diễn|trình giới|trình gặp|trình hiệp|"
        "trình hành|trình hình|trình học|trình hỗ|trình kiểm|trình mục|trình nghiên|trình phát|trình phối|trình rèn|"
        "trình sử|trình thanh|trình thực|trình tiếp|trình triển|trình truyền|trình tổ|trình xây|trình đào|"
        "trình đồng|trí khu|trí lành|trí nguồn|trò nòng|trò xung|trú đối|trương công|trường giáo|trường lao|"
        "trường quốc|trường tham|trường trung|trường tổ|trường điện|trưởng bộ|trận tổ|trận đoàn|trẻ cả|trẻ làm|"
        "trẻ sáng|trẻ tham|trẻ thế|trẻ toàn|trẻ xung|trẻ đối|trị gắn|trị hình|trị quốc|trị xã|trợ công|trợ doanh|"
        "trợ hoàn|trợ học|trợ kinh|trợ nâng|trợ phát|trợ sinh|trợ thực|trợ tiếp|trợ triển|trợ đoàn|trực ban|"
        "trực chủ|trực hội|trực tham|trực thành|trực tổ|trực đảng|trực ủy|tuyến tìm|tuyển cấp|tác bảo|tác bầu|"
        "tác bồi|tác chuyên|tác chuẩn|tác chính|tác chăm|tác chỉ|tác cán|tác cải|tác dân|tác giáo|tác hiệp|tác học|"
        "tác kiểm|tác kết|tác mặt|tác phát|tác phối|tác quản|tác quốc|tác tham|tác thanh|tác thiếu|tác thông|"
        "tác tiếp|tác triển|tác truyền|tác tuyên|tác tôn|tác tổ|tác vận|tác xây|tác đoàn|tác đào|tác đảng|tám thành|"
        "tâm chính|tâm chỉ|tâm công|tâm dịch|tâm giáo|tâm hoạt|tâm hỗ|tâm hội|tâm thực|tâm triển|tâm truyền|tên tác|"
        "tìm đường|tích lịch|tích tiêu|tích xuất|tính chính|tính số|tính độc|tú giới|tư xây|tướng chính|tưởng cách|"
        "tưởng hồ|tưởng khởi|tưởng sáng|tượng kiểm|tượng tham|tượng thanh|tượng thực|tượng áp|tượng đoàn|tạo khởi|"
        "tạo làm|tạo nâng|tạo tham|tạo thông|tạo tiêu|tạo toàn|tạo trào|tảng mạng|tảng xã|tấn báo|tấn xã|tập chuyên|"
        "tập hội|tập lý|tập nâng|tập tham|tập trực|tập đại|tắt nội|tế chính|tế hiện|tế quốc|tế thanh|tế thị|tế tuần|"
        "tế tập|tế xã|tỉnh chỉ|tỉnh kon|tỉnh lâm|tỉnh lựa|tỉnh phối|tỉnh tham|tỉnh triển|tỉnh trở|tỉnh tổ|tỉnh tổng|"
        "tỉnh xây|tịch hồ|tịch hội|tịch thường|tịch ủy|tỏ sự|tỏa mạnh|tỏa rộng|tỏa sâu|tốt nhiệm|tốt quy|tốt việc|"
        "tổ bầu|tổng kinh|tộc thiểu|tộc việt|tới đại|tục duy|tục hoàn|tục hành|tục nghiên|tục nâng|tục phát|tục rà|"
        "tục tham|tục tuyên|tục tăng|tục tổ|tục đẩy|tục đổi|từng công|từng cơ|từng người|từng nhóm|từng nội|"
        "từng thành|từng đơn|từng địa|tự an|tự ứng|vi điều|viên ban|viên báo|viên chính|viên cấp|viên học|viên hội|"
        "viên khác|viên kịp|viên ngày|viên phát|viên phụ|viên tham|viên thanh|viên thuộc|viên thực|viên tiêu|"
        "viên toàn|viên tích|viên tổ|viên tổng|viên việt|viên đoàn|viên đội|viên ủy|viết chuyên|việc ban|việc chấp|"
        "việc chủ|việc giải|việc hiệp|việc hướng|việc khoa|việc nâng|việc phát|việc phân|việc phê|việc tham|"
        "việc thi|việc tiếp|việc trực|việc tuyên|việc tăng|việc tạo|việc vận|việc xác|việc ứng|vấn hướng|vấn sức|"
        "vấn tâm|vận trung|vận tỉnh|vật lịch|vệ nền|vệ trẻ|vị báo|vị chỉ|vị chủ|vị cấp|vị giới|vị hành|vị khối|"
        "vị liên|vị làm|vị lựa|vị lực|vị tham|vị thuộc|vị thường|vị thực|vị triển|vị trung|vị trực|vị đảm|vị đặc|"
        "vọng chính|vọng phát|vọng vươn|vốn đối|vụ bầu|vụ chính|vụ chủ|vụ cấp|vụ cụ|vụ hội|vụ khác|vụ lãnh|vụ nhân|"
        "vụ phát|vụ quốc|vụ sự|vụ thành|vụ thực|vụ triển|vụ trung|vụ trọng|vụ tỉnh|vụ tổ|vụ việc|vụ đoàn|vụ đảng|"
        "vững an|vững giai|vực biên|vực bỏ|vực công|vực dân|vực hoạt|vực kinh|vực miền|vực ngoài|vực nông|vực văn|"
        "vực đặc|xuyên kiểm|xuyên quan|xuyên rà|xuyên tổ|xuất giải|xuất kinh|xuất nông|xuất sáng|xuất sửa|xuất ý|"
        "xã ban|xã chuẩn|xã chủ|xã căn|xã lương|xã phối|xã tham|xã thực|xã tiến|xã triệu|xét quyết|xúc cử|xếp tổ|"
        "xếp đơn|yêu quê|yết danh|án khởi|án nâng|án trả|án tổ|án xây|án đầu|ánh liên|ích chính|ích hợp|ý xây|ý đối|"
        "điểm bắt|điểm cao|điểm phát|điểm sai|điểm thực|điểm triển|điểm tổ|đoàn ban|đoàn bí|đoàn bưu|đoàn chánh|"
        "đoàn chỉ|đoàn công|đoàn giao|đoàn giám|đoàn hà|đoàn hướng|đoàn học|đoàn khu|đoàn kiểm|đoàn lựa|đoàn nhiệm|"
        "đoàn phát|đoàn phối|đoàn quyết|đoàn quảng|đoàn tham|đoàn thường|đoàn thực|đoàn toàn|đoàn triển|đoàn triệu|"
        "đoàn trước|đoàn trở|đoàn tuyên|đoàn tổ|đoàn văn|đoàn vững|đoàn xem|đoàn xây|đoàn đảm|đua học|đua khen|"
        "đua làm|đua thực|đua yêu|đích kinh|đô hà|đại hóa|đạo ban|đạo chủ|đạo cách|đạo công|đạo cơ|đạo cấp|đạo rà|"
        "đạo tham|đạo thống|đạo thực|đạo triển|đạo trực|đạo tuyên|đạo tỉnh|đạo việc|đạo đẩy|đảm an|đảm công|đảm dân|"
        "đảm nguyên|đảm số|đảm sự|đảm thực|đảm tiến|đảm việc|đảng khóa|đảng toàn|đảng xem|đảng đối|đảo cán|đấu hoàn|"
        "đấu trở|đấu vươn|đấu đạt|đầu cơ|đầu cấp|đẩy phong|đề bức|đề xã|định ban|định biểu|định chi|định cuối|"
        "định công|định cụ|định hiện|định liên|định pháp|định quy|định thành|định tiêu|định vai|định điều|đốc sở|"
        "đốc việc|đồng xét|đổi kinh|đổi thông|đổi điều|độ báo|độ công|độ hoàn|độ thông|độ thực|độ triển|đội chiến|"
        "đội nhân|đội thiếu|động an|động cao|động chào|động chính|động cuộc|động cách|động cán|động giới|động gắn|"
        "động hiệu|động học|động hỗ|động kiểm|động kết|động liên|động nguồn|động nâng|động nông|động phát|động phù|"
        "động phối|động rèn|động sinh|động sáng|động sản|động thiết|động thực|động tiêu|động triển|động truyền|"
        "động trải|động trực|động tuyên|động tình|động tích|động tạo|động tập|động tổ|động vui|động văn|động xây|"
        "động đoàn|động đảm|đời hoạt|đợt sinh|đức cách|đức công|ơn sâu|ương chủ|ương hội|ương mặt|ương triển|"
        "ương tổ|ủy cấp|ủy thành|ủy trung|ủy trực|ứng cuộc|ứng nhu|ứng tham|ứng tiêu|ứng yêu"
    ).split("|")
)

# What OCR'd pairs are corrected against: the pairs written often, less those in doubt.
COMMON_PAIRS = tuple(p for p in _WRITTEN_OFTEN if p not in AMBIGUOUS_PAIRS and p not in JOINT_PAIRS)

# The case forms of a proper name (readers/ocr_case: "Tl" "Tổ chức", "TT" "Hồ Chí") in which the
# same texts write a common pair at least 2 times, inside a sentence: a pair OCR'd with such
# capitals is corrected only towards a pair written so (names' marks are their own).
_CASED = {
    "an toàn": "Tl", "anh hùng": "Tl", "ban bí": "TT", "ban chấp": "TT Tl", "ban cán": "TT Tl", "ban công": "TT Tl",
    "ban giám": "TT Tl", "ban hành": "Tl", "ban lãnh": "Tl", "ban thư": "TT", "ban thường": "TT Tl",
    "ban tuyên": "TT", "ban tổ": "TT Tl", "ban xây": "TT Tl", "biên bản": "Tl", "biên tập": "Tl", "bà rịa": "TT",
    "bà triệu": "TT", "bà trưng": "TT", "bác hồ": "TT", "bác lòng": "TT", "bách khoa": "TT Tl", "bán kết": "Tl",
    "báo chí": "Tl", "báo cáo": "Tl", "báo in": "Tl", "báo thanh": "TT", "báo điện": "Tl", "bên cạnh": "Tl",
    "bình dương": "TT", "bình thuận": "TT", "bình định": "TT", "bí thư": "Tl", "bưu chính": "Tl", "bạc liêu": "TT",
    "bản lĩnh": "Tl", "bản tin": "Tl", "bảo hiểm": "Tl", "bảo vệ": "Tl", "bảo đảm": "Tl", "bầu cử": "Tl",
    "bắc giang": "TT", "bắc kạn": "TT", "bắc ninh": "TT", "bằng khen": "Tl", "bến tre": "TT", "bộ công": "TT",
    "bộ giáo": "TT", "bộ khoa": "TT", "bộ lao": "TT", "bộ nông": "TT", "bộ nội": "TT", "bộ phận": "Tl",
    "bộ quốc": "TT", "bộ thông": "TT", "bộ trưởng": "Tl", "bộ văn": "TT", "bộ xây": "TT", "bộ y": "TT",
    "cam kết": "Tl", "cao đẳng": "Tl", "chi bộ": "Tl", "chi hội": "Tl", "chi nhánh": "Tl", "chi đoàn": "Tl",
    "chia sẻ": "Tl", "chiến dịch": "Tl", "chiến lược": "Tl", "chung kết": "Tl", "chuyên viên": "Tl",
    "chuyển đổi": "Tl", "chánh văn": "TT", "cháu ngoan": "Tl", "chí công": "TT Tl", "chính phủ": "Tl",
    "chính quyền": "Tl", "chính sách": "Tl", "chính trị": "Tl", "chăm sóc": "Tl", "chương i": "TT",
    "chương trình": "Tl", "chấp hành": "Tl", "chậm nhất": "Tl", "chỉ huy": "Tl", "chỉ số": "Tl", "chỉ thị": "Tl",
    "chỉ tiêu": "Tl", "chỉ đạo": "Tl", "chủ nghĩa": "Tl", "chủ nhiệm": "Tl", "chủ nhật": "TT Tl", "chủ trì": "Tl",
    "chủ tịch": "Tl", "cuộc thi": "Tl", "cuộc vận": "Tl", "cà mau": "TT", "cách mạng": "Tl", "cán bộ": "Tl",
    "câu lạc": "Tl", "công an": "Tl", "công dân": "Tl", "công nghiệp": "Tl", "công nghệ": "Tl", "công ty": "Tl",
    "công tác": "Tl", "công văn": "Tl", "công đoàn": "Tl", "căn cứ": "Tl", "cơ quan": "Tl", "cư trú": "Tl",
    "cần thơ": "TT", "cẩm nang": "Tl", "cổng trường": "Tl", "cộng hòa": "Tl", "cộng sản": "Tl", "cục công": "TT",
    "cụm công": "Tl", "cử tri": "Tl", "cựu chiến": "Tl", "danh hiệu": "Tl", "danh mục": "Tl", "danh sách": "Tl",
    "di chúc": "Tl", "di tích": "Tl", "diễn đàn": "Tl", "doanh nghiệp": "Tl", "doanh nhân": "Tl", "du lịch": "Tl",
    "dân chủ": "TT Tl", "dân tộc": "Tl", "dân vận": "Tl", "dịch vụ": "Tl", "dự án": "Tl", "gia đình": "Tl",
    "giao lưu": "Tl", "giao thông": "Tl", "giàu lòng": "Tl", "giá trị": "Tl", "giám hiệu": "Tl", "giám khảo": "Tl",
    "giám sát": "Tl", "giám đốc": "Tl", "giáo dục": "Tl", "giáo viên": "Tl", "giải ba": "TT Tl",
    "giải khuyến": "TT Tl", "giải nhì": "TT Tl", "giải nhất": "TT Tl", "giải thưởng": "Tl", "giải tập": "Tl",
    "giấy chứng": "Tl", "giấy khen": "Tl", "giới thiệu": "Tl", "gương người": "Tl", "gặp gỡ": "Tl", "hai bà": "TT",
    "hoa kỳ": "TT", "hoa phượng": "Tl", "hoài bão": "Tl", "hoàn kiếm": "TT", "huấn luyện": "Tl", "hà giang": "TT",
    "hà nam": "TT", "hà nội": "TT", "hà tĩnh": "TT", "hàn quốc": "TT", "hành chính": "Tl", "hành trình": "Tl",
    "hành động": "Tl", "hòa bình": "TT Tl", "hưng yên": "TT", "hướng dẫn": "Tl", "hạn chế": "Tl", "hạnh phúc": "Tl",
    "hải dương": "TT", "hải phòng": "TT", "hậu giang": "TT", "hệ thống": "Tl", "học sinh": "Tl", "học tập": "Tl",
    "hồ dạy": "Tl", "hồ sơ": "Tl", "hỗ trợ": "Tl", "hội cựu": "TT", "hội doanh": "TT", "hội liên": "TT Tl",
    "hội nghị": "Tl", "hội nhập": "Tl", "hội nông": "TT", "hội sinh": "TT Tl", "hội thầy": "TT", "hội trường": "Tl",
    "hội tổ": "Tl", "hội viên": "Tl", "hội đồng": "Tl", "hợp quốc": "TT", "hợp tác": "Tl", "khen thưởng": "Tl",
    "khiếu nại": "Tl", "khoa học": "Tl", "khu chế": "Tl", "khu lưu": "Tl", "khuyến khích": "Tl", "kháng chiến": "Tl",
    "khánh hòa": "TT", "khát vọng": "Tl", "khởi nghiệp": "Tl", "kim đồng": "TT", "kinh tế": "Tl", "kiểm soát": "Tl",
    "kiểm sát": "Tl", "kiểm tra": "Tl", "kế hoạch": "Tl", "kế toán": "Tl", "kết luận": "Tl", "kết nối": "Tl",
    "kết quả": "Tl", "kỷ niệm": "Tl", "kỹ năng": "Tl", "kỹ thuật": "Tl", "lai châu": "TT", "lan tỏa": "Tl",
    "lao động": "Tl", "liên hiệp": "Tl", "liên hoan": "Tl", "liên hợp": "TT Tl", "liên minh": "Tl",
    "liên tịch": "Tl", "liên đoàn": "Tl", "liên đội": "Tl", "liệt sĩ": "Tl", "luật an": "TT", "luật công": "TT",
    "luật hỗ": "TT", "luật khiếu": "TT", "luật mặt": "TT", "luật số": "Tl", "luật sửa": "TT Tl",
    "luật thanh": "TT Tl", "luật thực": "TT", "luật trẻ": "TT", "làng thanh": "Tl", "lào cai": "TT",
    "lâm nghiệp": "Tl", "lâm đồng": "TT", "lãnh đạo": "Tl", "lòng ta": "Tl", "lý luận": "Tl", "lương minh": "TT",
    "lạng sơn": "TT", "lễ phát": "Tl", "lễ trao": "Tl", "lễ trưởng": "Tl", "lối sống": "Tl", "minh khóa": "Tl",
    "minh luôn": "Tl", "minh viết": "Tl", "miền núi": "Tl", "môi trường": "TT Tl", "mùa hè": "Tl", "mạng lưới": "Tl",
    "mẫu số": "Tl", "mặt trận": "Tl", "nam bộ": "TT", "nam xã": "Tl", "nam định": "TT", "nghiên cứu": "Tl",
    "nghệ an": "TT", "nghệ thuật": "Tl", "nghị quyết": "Tl", "nghị định": "Tl", "ngoại ngữ": "Tl",
    "nguyên tắc": "Tl", "nguyên đán": "Tl", "ngày chủ": "TT Tl", "ngày hội": "Tl", "ngày sinh": "Tl",
    "ngày thứ": "Tl", "ngày đoàn": "Tl", "ngân hàng": "Tl", "ngân sách": "Tl", "người lao": "Tl", "người thợ": "Tl",
    "người yêu": "Tl", "người đi": "Tl", "nhà máy": "Tl", "nhà nước": "Tl", "nhà thiếu": "TT Tl", "nhà trường": "Tl",
    "nhân dân": "Tl", "nhóm tác": "Tl", "ninh bình": "TT", "ninh thuận": "TT", "nâng cao": "Tl", "nêu rõ": "Tl",
    "nông dân": "Tl", "nông nghiệp": "Tl", "nông thôn": "Tl", "năng lực": "Tl", "nơi nhận": "Tl", "nước cộng": "TT",
    "nội chính": "Tl", "nội dung": "Tl", "nội vụ": "Tl", "phong trào": "Tl", "pháp luật": "Tl", "phát biểu": "Tl",
    "phát huy": "Tl", "phát thanh": "Tl", "phát triển": "Tl", "phát động": "Tl", "phó bí": "TT",
    "phó chánh": "TT Tl", "phó chủ": "TT Tl", "phú thọ": "TT", "phú yên": "TT", "phản biện": "Tl", "phần mềm": "Tl",
    "phần thi": "Tl", "phối hợp": "Tl", "phụ lục": "Tl", "phụ nữ": "Tl", "phụ trách": "Tl", "phục vụ": "Tl",
    "quy chế": "Tl", "quy hoạch": "Tl", "quy trình": "Tl", "quy định": "Tl", "quyết định": "Tl", "quân sự": "Tl",
    "quân đội": "Tl", "quản lý": "Tl", "quảng bình": "TT", "quảng nam": "TT", "quảng ngãi": "TT", "quảng ninh": "TT",
    "quảng trị": "TT", "quốc gia": "Tl", "quốc hội": "Tl", "quốc khánh": "Tl", "quốc phòng": "Tl", "quốc tế": "Tl",
    "quỹ hỗ": "TT Tl", "quỹ quốc": "Tl", "rèn luyện": "Tl", "sinh viên": "Tl", "sài gòn": "TT", "sàn giao": "Tl",
    "sáng kiến": "Tl", "sáng tạo": "Tl", "sóc trăng": "TT", "sơn la": "TT", "sạch đẹp": "TT", "số liệu": "Tl",
    "sở khoa": "TT", "sức khỏe": "Tl", "sửa đổi": "Tl", "thanh niên": "TT Tl", "thanh thiếu": "Tl", "thi đua": "Tl",
    "thiên huế": "TT", "thiếu nhi": "Tl", "thiếu niên": "Tl", "thuốc lá": "Tl", "thành phần": "Tl",
    "thành phố": "Tl", "thành đoàn": "Tl", "thành ủy": "Tl", "thái bình": "TT", "thái nguyên": "TT",
    "tháng tám": "TT", "thông báo": "Tl", "thông tin": "Tl", "thông tư": "Tl", "thông tấn": "Tl", "thư ký": "Tl",
    "thư đoàn": "Tl", "thương binh": "Tl", "thương mại": "Tl", "thường trực": "Tl", "thường vụ": "Tl",
    "thầy thuốc": "Tl", "thẩm quyền": "Tl", "thắp sáng": "Tl", "thẻ đoàn": "Tl", "thế giới": "Tl", "thể dục": "Tl",
    "thể lệ": "Tl", "thể thao": "Tl", "thị trấn": "Tl", "thị xã": "Tl", "thỏa thuận": "Tl", "thống kê": "Tl",
    "thời gian": "Tl", "thủ tướng": "Tl", "thủ tục": "Tl", "thủ đô": "Tl", "thứ bảy": "Tl", "thứ nhất": "Tl",
    "thừa thiên": "TT", "thử thách": "Tl", "thực hiện": "Tl", "tin học": "Tl", "tiêu biểu": "Tl", "tiêu chuẩn": "Tl",
    "tiêu chí": "Tl", "tiếng anh": "TT", "tiếng nói": "Tl", "tiếp công": "Tl", "tiếp sức": "Tl", "tiểu học": "Tl",
    "tiểu sử": "Tl", "trao tặng": "Tl", "triển lãm": "Tl", "triệu cây": "Tl", "trung bình": "Tl", "trung cấp": "Tl",
    "trung học": "Tl", "trung quốc": "TT", "trung tâm": "TT Tl", "trung ương": "Tl", "truyền hình": "Tl",
    "trà vinh": "TT", "trường học": "Tl", "trường hợp": "Tl", "trường sinh": "TT", "trường đại": "TT",
    "trưởng ban": "TT Tl", "trưởng thôn": "Tl", "trẻ em": "Tl", "trợ lý": "Tl", "trụ sở": "Tl", "tuyên giáo": "Tl",
    "tuyên quang": "TT", "tuyên truyền": "Tl", "tuân thủ": "Tl", "tuổi trẻ": "Tl", "tài chính": "Tl",
    "tài nguyên": "TT Tl", "tái chế": "Tl", "tây bắc": "TT", "tây nguyên": "TT", "tây ninh": "TT", "tìm kiếm": "Tl",
    "tình nguyện": "Tl", "tình trạng": "Tl", "tòa án": "Tl", "tôn giáo": "Tl", "tăng cường": "Tl", "tư pháp": "Tl",
    "tư tưởng": "Tl", "tư vấn": "Tl", "tấm gương": "Tl", "tập thể": "Tl", "tập trung": "Tl", "tập đoàn": "Tl",
    "tết nguyên": "TT", "tỉnh bình": "TT", "tỉnh quảng": "TT", "tỉnh đoàn": "Tl", "tỉnh ủy": "Tl", "tọa đàm": "Tl",
    "tỏa sáng": "Tl", "tố cáo": "Tl", "tổ chức": "Tl", "tổ kiểm": "Tl", "tổ quốc": "Tl", "tổ thư": "Tl",
    "tổng bí": "TT", "tổng cục": "Tl", "tổng hợp": "Tl", "tổng kết": "Tl", "tổng phụ": "Tl", "tổng số": "Tl",
    "tờ trình": "Tl", "tự hào": "Tl", "uống nước": "Tl", "viễn thông": "Tl", "việc làm": "Tl", "viện kiểm": "Tl",
    "việt nam": "TT", "vòng bán": "TT", "vòng chung": "TT Tl", "vòng sơ": "Tl", "vòng thi": "Tl", "văn hóa": "Tl",
    "văn minh": "Tl", "văn nghệ": "Tl", "văn phòng": "TT Tl", "vĩnh long": "TT", "vĩnh phúc": "TT", "vũng tàu": "TT",
    "vườn ươm": "Tl", "vận chuyển": "TT", "vận động": "Tl", "xanh sạch": "TT", "xu hướng": "Tl", "xây dựng": "Tl",
    "xã hội": "Tl", "y tế": "Tl", "yên bái": "TT", "ánh sáng": "Tl", "điều lệ": "Tl", "điểm giao": "Tl",
    "điện tử": "Tl", "đoàn cấp": "Tl", "đoàn khóa": "Tl", "đoàn khối": "TT Tl", "đoàn kết": "Tl", "đoàn làm": "Tl",
    "đoàn phí": "Tl", "đoàn phường": "TT Tl", "đoàn phải": "Tl", "đoàn thể": "Tl", "đoàn trường": "TT Tl",
    "đoàn trực": "Tl", "đoàn viên": "Tl", "đoàn xã": "Tl", "đoàn đại": "Tl", "đà nẵng": "TT", "đài phát": "TT",
    "đài tiếng": "TT", "đài truyền": "TT Tl", "đào tạo": "Tl", "đô thị": "Tl", "đại biểu": "Tl", "đại học": "Tl",
    "đại hội": "Tl", "đại sứ": "Tl", "đạo đức": "Tl", "đảng bộ": "Tl", "đảng viên": "Tl", "đảng ủy": "Tl",
    "đầu tư": "Tl", "đẩy mạnh": "Tl", "đề cương": "Tl", "đề án": "Tl", "đền ơn": "Tl", "định kỳ": "Tl",
    "đồng chí": "Tl", "đồng hành": "Tl", "đồng nai": "TT", "đồng tháp": "TT", "đổi mới": "Tl", "đội cấp": "Tl",
    "ủy ban": "TT Tl", "ủy viên": "Tl", "ứng dụng": "Tl",
}
CASED_PAIRS = {pair: frozenset(forms.split()) for pair, forms in _CASED.items()}

EXAMPLES = (
    ("bỗ sung", "bổ sung"),
    ("tô chức", "tổ chức"),
    ("thành phô", "thành phố"),
    ("sửa đôi", "sửa đổi"),
    ("quân chúng", "quần chúng"),
    ("tiên bộ", "tiến bộ"),
)
