implement Intlsort;

include "sys.m";
	sys: Sys;
include "draw.m";

Intlsort: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# fold accented latin letters onto their base for a "dictionary" order
fold(c: int): int
{
	case c {
	'à' or 'á' or 'â' or 'ä' or 'å' or 'À' or 'Å' or 'Ä' =>
		return 'a';
	'è' or 'é' or 'ê' or 'ë' or 'É' =>
		return 'e';
	'ö' or 'ô' or 'ó' or 'Ö' =>
		return 'o';
	'ü' or 'ú' or 'Ü' =>
		return 'u';
	'ç' or 'Ç' =>
		return 'c';
	'ñ' =>
		return 'n';
	}
	if(c >= 'A' && c <= 'Z')
		return c + 'a' - 'A';
	return c;
}

key(s: string): string
{
	k := "";
	for(i := 0; i < len s; i++)
		k[i] = fold(s[i]);
	return k;
}

dictcmp(a, b: string): int
{
	ka := key(a);
	kb := key(b);
	if(ka < kb)
		return -1;
	if(ka > kb)
		return 1;
	# tie-break on raw code points
	if(a < b)
		return -1;
	if(a > b)
		return 1;
	return 0;
}

rawcmp(a, b: string): int
{
	if(a < b)
		return -1;
	if(a > b)
		return 1;
	return 0;
}

lencmp(a, b: string): int
{
	if(len a != len b)
		return len a - len b;
	return rawcmp(a, b);
}

sort(a: array of string, cmp: ref fn(a, b: string): int)
{
	# shell sort
	for(gap := len a / 2; gap > 0; gap /= 2)
		for(i := gap; i < len a; i++)
			for(j := i - gap; j >= 0 && cmp(a[j], a[j+gap]) > 0; j -= gap)
				(a[j], a[j+gap]) = (a[j+gap], a[j]);
}

show(name: string, a: array of string)
{
	s := "";
	for(i := 0; i < len a; i++)
		s += " " + a[i];
	sys->print("%s:%s\n", name, s);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"zebra", "Äpfel", "apple", "Zürich", "éclair", "eclair", "Ölbaum", "oboe",
		"ñandú", "nacho", "çava", "cava", "Ελλάδα", "日本", "Apple", "über", "uber", "ábaco"};
	a := array[len words] of string;
	a[0:] = words;
	sort(a, rawcmp);
	show("raw", a);
	sort(a, dictcmp);
	show("dict", a);
	sort(a, lencmp);
	show("bylen", a);
	sys->print("cmp: %d %d %d %d\n", "é" > "z", "Z" < "a", "日" > "Ω", "abc" < "abcd");
	sys->print("key(Zürich)=%s key(ÄÖÜ)=%s\n", key("Zürich"), key("ÄÖÜ"));
	# count first letters after folding
	counts := array[26] of {* => 0};
	for(i := 0; i < len words; i++){
		c := fold(words[i][0]);
		if(c >= 'a' && c <= 'z')
			counts[c-'a']++;
	}
	s := "";
	for(i = 0; i < 26; i++)
		if(counts[i])
			s += sys->sprint(" %c=%d", 'a'+i, counts[i]);
	sys->print("initials:%s\n", s);
}
