implement WordFreq;

include "sys.m";
	sys: Sys;
include "draw.m";

WordFreq: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Count: adt {
	word: string;
	n: int;
	first: int;
};

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

# split into words of letters and apostrophes
splitwords(text: string): list of string
{
	r: list of string;
	w := "";
	for(i := 0; i <= len text; i++){
		c := ' ';
		if(i < len text)
			c = text[i];
		if(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'')
			w[len w] = c;
		else if(w != ""){
			r = lower(w) :: r;
			w = "";
		}
	}
	return r;
}

msort(a: array of ref Count): array of ref Count
{
	if(len a <= 1)
		return a;
	m := len a / 2;
	l := msort(a[0:m]);
	r := msort(a[m:]);
	out := array[len a] of ref Count;
	i := 0;
	j := 0;
	for(k := 0; k < len out; k++){
		takeleft := j >= len r;
		if(i < len l && j < len r)
			takeleft = l[i].n > r[j].n || (l[i].n == r[j].n && l[i].word < r[j].word);
		if(takeleft)
			out[k] = l[i++];
		else
			out[k] = r[j++];
	}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	text := "It was the best of times, it was the worst of times; it was the age of " +
		"wisdom, it was the age of foolishness. It's THE epoch of belief -- " +
		"the epoch of incredulity! Don't panic.";
	words := splitwords(text);
	# words list is reversed; rebuild in order with positions
	n := len words;
	arr := array[n] of string;
	for(i := n - 1; words != nil; words = tl words)
		arr[i--] = hd words;
	counts: list of ref Count;
	for(i = 0; i < n; i++){
		found := 0;
		for(c := counts; c != nil; c = tl c)
			if((hd c).word == arr[i]){
				(hd c).n++;
				found = 1;
				break;
			}
		if(!found)
			counts = ref Count(arr[i], 1, i) :: counts;
	}
	a := array[len counts] of ref Count;
	i = 0;
	for(; counts != nil; counts = tl counts)
		a[i++] = hd counts;
	a = msort(a);
	sys->print("%d words, %d distinct\n", n, len a);
	for(i = 0; i < len a && i < 12; i++){
		bar := "";
		for(j := 0; j < a[i].n; j++)
			bar += "*";
		sys->print("%2d. %-12s %2d %-8s first@%d\n", i+1, a[i].word, a[i].n, bar, a[i].first);
	}
	singles := 0;
	for(i = 0; i < len a; i++)
		if(a[i].n == 1)
			singles++;
	sys->fprint(sys->fildes(2), "%d words appear once\n", singles);
}
