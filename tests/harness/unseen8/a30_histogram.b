implement Histogram;

include "sys.m";
	sys: Sys;
include "draw.m";

Histogram: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

sample := "Pack my box with five dozen liquor jugs. How vexingly quick daft zebras jump! " +
	"Sphinx of black quartz, judge my vow. The five boxing wizards jump quickly.";

bar(n, scale: int): string
{
	s := "";
	for(i := 0; i < (n + scale - 1) / scale; i++)
		s += "#";
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	counts := array[26] of {* => 0};
	other := 0;
	spaces := 0;
	punct := "";
	for(i := 0; i < len sample; i++){
		c := sample[i];
		if(c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if(c >= 'a' && c <= 'z')
			counts[c - 'a']++;
		else if(c == ' ')
			spaces++;
		else{
			other++;
			seen := 0;
			for(j := 0; j < len punct; j++)
				if(punct[j] == c)
					seen = 1;
			if(!seen)
				punct[len punct] = c;
		}
	}
	letters := 0;
	max := 0;
	for(i = 0; i < 26; i++){
		letters += counts[i];
		if(counts[i] > max)
			max = counts[i];
	}
	sys->print("length %d: letters %d, spaces %d, other %d (%s)\n", len sample, letters, spaces, other, punct);
	missing := "";
	for(i = 0; i < 26; i++){
		if(counts[i] == 0){
			missing[len missing] = 'a' + i;
			continue;
		}
		pct := 100.0 * real counts[i] / real letters;
		sys->print("%c %3d %5.1f%% %s\n", 'a' + i, counts[i], pct, bar(counts[i], 1));
	}
	if(missing == "")
		missing = "none";
	sys->print("missing letters: %s (pangram=%d)\n", missing, missing == "none");

	# vertical histogram of the five most common letters
	order := array[26] of int;
	for(i = 0; i < 26; i++)
		order[i] = i;
	for(i = 0; i < 26; i++)
		for(j := i + 1; j < 26; j++)
			if(counts[order[j]] > counts[order[i]] ||
			   (counts[order[j]] == counts[order[i]] && order[j] < order[i]))
				(order[i], order[j]) = (order[j], order[i]);
	top := 5;
	for(row := counts[order[0]]; row >= 1; row--){
		line := sys->sprint("%2d |", row);
		for(k := 0; k < top; k++){
			if(counts[order[k]] >= row)
				line += " ##";
			else
				line += "   ";
		}
		sys->print("%s\n", line);
	}
	foot := "   +";
	lab := "    ";
	for(k := 0; k < top; k++){
		foot += "---";
		lab += sys->sprint("  %c", 'a' + order[k]);
	}
	sys->print("%s\n%s\n", foot, lab);
}
