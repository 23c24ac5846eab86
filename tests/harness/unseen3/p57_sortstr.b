implement P57;
include "sys.m";
	sys: Sys;
include "draw.m";
P57: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

qsort(a: array of string, lo, hi: int)
{
	if(lo >= hi)
		return;
	p := a[(lo + hi) / 2];
	i := lo;
	j := hi;
	while(i <= j){
		while(a[i] < p) i++;
		while(a[j] > p) j--;
		if(i <= j){
			(a[i], a[j]) = (a[j], a[i]);
			i++;
			j--;
		}
	}
	qsort(a, lo, j);
	qsort(a, i, hi);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {"pear", "Apple", "apple", "", "zoë", "zoe", "Ω", "ω", "a", "aa", "a b", "ab", "10", "9", "éclair", "eclair", "~", "\t"};
	qsort(a, 0, len a - 1);
	for(i := 0; i < len a; i++)
		sys->print("%d %q\n", i, a[i]);
	sys->print("cmp %d %d %d\n", "ω" > "z", "é" > "e", "Ω" < "ω");
	sys->print("ge %d le %d\n", "abc" >= "abc", "abd" <= "abc");
}
