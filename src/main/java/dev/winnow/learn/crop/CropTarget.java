package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;

/** A kept image's crop with the metadata every source has (also the real logs, which have no pixels). */
public record CropTarget(String projectId, long setId, int width, int height, double stage, int setSize,
                         boolean highest, CropBox box) {

    static CropTarget of(SetExample s) {
        Member m = s.member(s.chosen());
        return new CropTarget(s.projectId(), s.setId(), m.width(), m.height(), m.stage(), s.size(),
                s.chosen() == s.highest(), s.crop());
    }
}
