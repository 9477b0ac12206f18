package uk.nhs.leaguetables.platform.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

	@Test
	void round_trips_a_sort_key_with_any_characters() {
		Cursor cursor = Cursor.of("Guy's and St Thomas' NHS Foundation Trust", "RJ1");
		assertThat(Cursor.decode(cursor.encode(), 2)).isEqualTo(cursor);
	}

	@Test
	void rejects_text_that_is_not_base64() {
		assertThatThrownBy(() -> Cursor.decode("***", 1)).isInstanceOf(InvalidCursorException.class)
			.hasMessageContaining("Invalid cursor '***'");
	}

	@Test
	void rejects_a_cursor_of_another_ordering() {
		String codeCursor = Cursor.of("RJ1").encode();
		assertThatThrownBy(() -> Cursor.decode(codeCursor, 2)).isInstanceOf(InvalidCursorException.class);
	}

}
