implement Runes;

include "sys.m";
	sys: Sys;
include "draw.m";

Runes: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {
		"hello",
		"naïve",
		"Straße",
		"日本語",
		"αβγδ",
		"€100",
		"a😀b",
		"",
	};
	for(i := 0; i < len words; i++){
		w := words[i];
		b := array of byte w;
		sys->print("%d: %-8s runes=%d bytes=%d\n", i, w, len w, len b);
		sys->print("   codes:");
		for(j := 0; j < len w; j++)
			sys->print(" U+%.4X", w[j]);
		sys->print("\n   bytes:");
		for(j = 0; j < len b; j++)
			sys->print(" %.2x", int b[j]);
		sys->print("\n");
	}

	# build strings from code points
	s := "";
	s[len s] = 16r48;
	s[len s] = 16re9;
	s[len s] = 16r4e16;
	s[len s] = 16r754c;
	sys->print("built: %s len=%d bytes=%d\n", s, len s, len array of byte s);

	# round trip through bytes
	t := string array of byte s;
	sys->print("roundtrip equal: %d\n", t == s);

	# slicing by rune, not by byte
	j := "日本語テキスト";
	sys->print("j[1:3]=%s j[3:]=%s\n", j[1:3], j[3:]);

	# uppercase for ascii only, leave the rest
	m := "ça va, ÜBER alles";
	out := "";
	for(k := 0; k < len m; k++){
		c := m[k];
		if(c >= 'a' && c <= 'z')
			c += 'A' - 'a';
		out[len out] = c;
	}
	sys->print("upper-ascii: %s\n", out);

	# %c with wide characters
	sys->print("chars: %c %c %c %c\n", 'x', 16r3b1, 16r263a, 16r1f600);
}
