#args: racecar Level hello été
implement Palindrome;

include "sys.m";
	sys: Sys;
include "draw.m";

Palindrome: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

fold(c: int): int
{
	if(c >= 'A' && c <= 'Z')
		return c + 'a' - 'A';
	# a few Latin-1 capitals
	if(c >= 16rc0 && c <= 16rde && c != 16rd7)
		return c + 16r20;
	return c;
}

alnum(c: int): int
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 16re0;
}

ispal(s: string): int
{
	i := 0;
	j := len s - 1;
	while(i < j){
		a := fold(s[i]);
		b := fold(s[j]);
		if(!alnum(a)){
			i++;
			continue;
		}
		if(!alnum(b)){
			j--;
			continue;
		}
		if(a != b)
			return 0;
		i++;
		j--;
	}
	return 1;
}

# longest palindromic substring by expanding around centres
longest(s: string): string
{
	best := "";
	for(c := 0; c < 2 * len s; c++){
		l := c / 2;
		r := l + c % 2;
		while(l >= 0 && r < len s && s[l] == s[r]){
			l--;
			r++;
		}
		if(r - l - 1 > len best)
			best = s[l+1:r];
	}
	return best;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	for(a := tl args; a != nil; a = tl a)
		sys->print("arg %-10s palindrome=%d\n", hd a, ispal(hd a));
	phrases := array[] of {
		"A man, a plan, a canal: Panama!",
		"Was it a car or a cat I saw?",
		"No lemon, no melon",
		"Not a palindrome",
		"",
		"x",
		"ÉtÉ",
		"日本日",
		"12321",
		"123321x",
	};
	for(i := 0; i < len phrases; i++)
		sys->print("%-34q pal=%d longest=%q\n", phrases[i], ispal(phrases[i]), longest(phrases[i]));

	# palindromic numbers in a range, and their squares
	n := 0;
	line := "";
	for(k := 10; k < 200; k++){
		s := string k;
		if(ispal(s) && ispal(string (k * k))){
			line += sys->sprint(" %d^2=%d", k, k * k);
			n++;
		}
	}
	sys->print("numbers whose square is also palindromic (%d):%s\n", n, line);
}
